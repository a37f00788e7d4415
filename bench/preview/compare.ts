// Two versions of the audience index's counting code on the same index, in one process:
// npx tsx --conditions=react-server bench/preview/compare.ts --other /path/to/checkout [--scale 3m]
// The index is built from the demo generator by this checkout (or read from --cache), then
// this checkout's AudienceIndex and the other checkout's count the reference tree on one
// thread, preview by preview in turn, so both see the same load. CPU per preview is the
// figure to compare on a shared machine. (Worker threads are left out: the other
// checkout's worker would be bundled from this checkout's sources.)
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AudienceIndex } from '@/lib/audience-index';
import { compileTree } from '@/lib/segments';
import { median } from '../lib/machine';
import { buildFromGenerator } from './from-generator';
import { loadIndex, saveIndex } from './index-file';
import { REFERENCE_PROPERTY_COLUMNS, referenceTree } from './reference-tree';

const USAGE = `Usage: npx tsx --conditions=react-server bench/preview/compare.ts --other DIR [options]
  --other DIR     checkout whose lib/audience-index is compared with this one's
  --scale N       profiles, e.g. 3m (default 3m; 20 events each, seed 1)
  --runs N        previews per version (default 20)
  --cache DIR     keep the built index in DIR (1.4 GB at 3M) and read it next time`;

async function main() {
  const { values } = parseArgs({
    options: { other: { type: 'string' }, scale: { type: 'string', default: '3m' }, runs: { type: 'string', default: '20' }, cache: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !values.other) return console.log(USAGE);
  const profiles = Math.round(Number(values.scale.replace(/m$/i, '')) * (/m$/i.test(values.scale) ? 1e6 : 1));
  const runs = Number(values.runs);
  const asOf = Date.parse('2026-11-01T00:00:00Z');
  const { AudienceIndex: Other } = (await import(join(values.other, 'lib/audience-index/audience-index.ts'))) as { AudienceIndex: typeof AudienceIndex };

  const started = performance.now();
  const file = values.cache && join(values.cache, `generator-${profiles}`);
  let data = file ? loadIndex(file) : null;
  if (!data) {
    data = buildFromGenerator({ profiles, events: profiles * 20, seed: 1, asOf }, { propertyColumns: REFERENCE_PROPERTY_COLUMNS });
    if (file) saveIndex(data, file);
  }
  console.log(`${profiles.toLocaleString('en-US')} profiles ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const versions = { this: new AudienceIndex(data), other: new Other(data) };
  const tree = compileTree(referenceTree());
  const times = { this: { wall: [] as number[], cpu: [] as number[] }, other: { wall: [] as number[], cpu: [] as number[] } };
  let expected = '';
  for (const [name, index] of Object.entries(versions)) {
    index.threads = false;
    const counts = JSON.stringify(await index.countTree(tree, { asOf }));
    if (expected && counts !== expected) throw new Error(`${name}: counts differ`);
    expected = counts;
  }
  const load = [loadavg()[0]];
  for (let r = 0; r < runs; r++) {
    for (const name of ['this', 'other'] as const) {
      const before = process.cpuUsage();
      const t0 = performance.now();
      await versions[name].countTree(tree, { asOf });
      times[name].wall.push(performance.now() - t0);
      const used = process.cpuUsage(before);
      times[name].cpu.push((used.user + used.system) / 1000);
    }
  }
  load.push(loadavg()[0]);
  const cpu = { this: median(times.this.cpu), other: median(times.other.cpu) };
  for (const name of ['this', 'other'] as const) {
    console.log(`${name.padEnd(5)}  wall p50 ${median(times[name].wall).toFixed(1).padStart(6)} ms  CPU p50 ${cpu[name].toFixed(1).padStart(6)} ms`);
  }
  console.log(`this / other CPU ${(cpu.this / cpu.other).toFixed(2)}; counts identical; load ${load.map((l) => l.toFixed(1)).join('–')}`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
