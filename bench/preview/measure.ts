import { AudienceIndex } from '@/lib/audience-index';
import { type CompiledTree, type TreeCounts, compileTree } from '@/lib/segments';
import { median } from '../lib/machine';
import { referenceTree } from './reference-tree';

// Timing one index: the first preview (property columns loaded, per-tree caches made, code
// not yet optimised) and then warm previews of the same tree, as an editor repeats them.
// Wall time is what a marketer waits; CPU time says how much of it was this process working
// (the machine is shared: wall − CPU is mostly waiting for a core).
type Warm = { p50: number; p95: number; min: number; cpuP50: number; runs: number };
export interface PreviewTimes {
  firstMs: number;
  warm: Warm;
  /** The same previews on the main thread only, run alternately with `warm` (same load). */
  oneThread: Warm;
  counts: TreeCounts;
}

export interface MemoryFigures {
  /** Highest resident set size of the process so far (the build's peak). */
  peakRssMB: number;
  rssMB: number;
  heapUsedMB: number;
  arrayBuffersMB: number;
  indexMB: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);

/** Memory once the build's garbage is gone: V8 frees array buffers after a GC, lazily. */
export async function memoryOf(index: AudienceIndex): Promise<MemoryFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  gc?.();
  const m = process.memoryUsage();
  return { peakRssMB: mb(process.resourceUsage().maxRSS * 1024), rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), arrayBuffersMB: mb(m.arrayBuffers), indexMB: mb(index.bytes()) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function timePreviews(index: AudienceIndex, asOf: number, runs: number, tree: CompiledTree = compileTree(referenceTree())): Promise<PreviewTimes> {
  const started = performance.now();
  const counts = await index.countTree(tree, { asOf });
  const firstMs = performance.now() - started;
  const times = { threads: { wall: [] as number[], cpu: [] as number[] }, one: { wall: [] as number[], cpu: [] as number[] } };
  for (let r = 0; r < runs; r++) {
    for (const variant of ['threads', 'one'] as const) {
      index.threads = variant === 'threads';
      const before = process.cpuUsage();
      const t0 = performance.now();
      const again = await index.countTree(tree, { asOf });
      times[variant].wall.push(performance.now() - t0);
      const used = process.cpuUsage(before);
      times[variant].cpu.push((used.user + used.system) / 1000);
      if (JSON.stringify(again) !== JSON.stringify(counts)) throw new Error(`counts differ between runs (${variant})`);
    }
  }
  index.threads = true;
  const round = (x: number) => Math.round(x * 10) / 10;
  const warm = ({ wall, cpu }: { wall: number[]; cpu: number[] }): Warm => {
    wall.sort((a, b) => a - b);
    return { p50: round(median(wall)), p95: round(percentile(wall, 95)), min: round(wall[0]), cpuP50: round(median(cpu)), runs };
  };
  return { firstMs: round(firstMs), warm: warm(times.threads), oneThread: warm(times.one), counts };
}
