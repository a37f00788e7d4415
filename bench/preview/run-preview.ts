// Preview benchmark: the in-memory audience index (lib/audience-index) counting the reference
// tree (reference-tree.ts) over the demo data. For each target, in a fresh child process:
// build time, memory, the first preview and warm p50/p95. Targets are a seeded SQLite file,
// a seeded PostgreSQL database, and the scale curve built straight from the demo generator.
// Figures and how to reproduce them: docs/PERFORMANCE.md, "Preview: in-memory audience index".
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmt, machineFacts } from '../lib/machine';
import { type TargetResult, runTarget } from './targets';

const USAGE = `Usage: npx tsx bench/preview/index.ts [options]
  --sqlite URL      SQLite file to build from (default file:./data/bench-preview-e.db; "" to skip)
  --postgres URL    PostgreSQL database to build from (default postgresql://studio:studio@localhost:5432/studio_bench_e; "" to skip)
  --scale LIST      scale curve from the generator, e.g. 1m,3m,10m (default: none)
  --workspace ID    workspace to load (default: the one with the most profiles)
  --as-of ISO       the data's anchor and every preview's asOf (default 2026-11-01T00:00:00Z)
  --seed N          generator seed of the scale curve (default 1, as the seeded databases)
  --runs N          warm previews per target (default 20)
  --out FILE        also write the results as JSON (default bench/results/preview.json, git-ignored)`;

const sizes = (list: string) =>
  list.split(',').filter(Boolean).map((s) => Math.round(Number(s.replace(/m$/i, '')) * (/m$/i.test(s) ? 1e6 : 1)));

function inChild(target: string, args: string[]): TargetResult {
  // Its own process: clean memory figures, and a crash (out of memory at 10M) stays a line.
  const script = fileURLToPath(import.meta.url).replace(/run-preview\.ts$/, 'index.ts');
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', script, '--child', target, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`${target}: child exited ${child.status ?? child.signal}`);
  return JSON.parse(last) as TargetResult;
}

function line(r: TargetResult): string {
  const p = r.preview;
  return `${r.target.padEnd(58)} ${fmt(r.profiles).padStart(10)} ${fmt(r.events).padStart(12)}  build ${r.buildSeconds.toFixed(1).padStart(6)} s  peak ${fmt(r.memory.peakRssMB).padStart(6)} MB  rss ${fmt(r.memory.rssMB).padStart(6)} MB  index ${fmt(r.memory.indexMB).padStart(5)} MB  first ${p.firstMs.toFixed(0).padStart(5)} ms  p50 ${p.warm.p50.toFixed(1).padStart(6)} ms  p95 ${p.warm.p95.toFixed(1).padStart(6)} ms  cpu p50 ${p.warm.cpuP50.toFixed(1)} ms  | 1 thread p50 ${p.oneThread.p50.toFixed(1)} ms  p95 ${p.oneThread.p95.toFixed(1)} ms  | load ${r.load.map((l) => l.toFixed(1)).join('–')}`;
}

export async function runPreviewBenchmark(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sqlite: { type: 'string', default: 'file:./data/bench-preview-e.db' },
      postgres: { type: 'string', default: 'postgresql://studio:studio@localhost:5432/studio_bench_e' },
      scale: { type: 'string', default: '' },
      workspace: { type: 'string' },
      'as-of': { type: 'string', default: '2026-11-01T00:00:00Z' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '20' },
      out: { type: 'string', default: 'bench/results/preview.json' },
      child: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  const options = { asOf: Date.parse(values['as-of']), runs: Number(values.runs), seed: Number(values.seed), workspace: values.workspace };
  if (values.child) {
    console.log(JSON.stringify(await runTarget(values.child, options)));
    return;
  }
  const passOn = ['--as-of', values['as-of'], '--runs', values.runs, '--seed', values.seed, ...(values.workspace ? ['--workspace', values.workspace] : [])];
  const targets = [values.sqlite, values.postgres, ...sizes(values.scale).map((n) => `generator:${n}`)].filter(Boolean);
  console.log(`Preview benchmark on ${JSON.stringify(machineFacts())}; asOf ${values['as-of']}`);
  const results: TargetResult[] = [];
  for (const target of targets) {
    try {
      const result = inChild(target, passOn);
      results.push(result);
      console.log(line(result));
    } catch (error) {
      console.log(`${target}: ${(error as Error).message}`);
    }
  }
  // The same seed and asOf give the same data everywhere, so every 1M target must agree.
  const byProfiles = new Map<number, TargetResult[]>();
  for (const r of results) byProfiles.set(r.profiles, [...(byProfiles.get(r.profiles) ?? []), r]);
  for (const [profiles, group] of byProfiles) {
    if (group.length < 2) continue;
    const same = group.every((r) => JSON.stringify(r.preview.counts) === JSON.stringify(group[0].preview.counts));
    console.log(`${fmt(profiles)} profiles: counts ${same ? 'identical' : 'DIFFER'} across ${group.map((r) => r.target).join(', ')}`);
  }
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, JSON.stringify({ at: new Date().toISOString(), machine: machineFacts(), results }, null, 2));
  }
}
