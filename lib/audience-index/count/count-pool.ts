import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { CompiledTree } from '@/lib/segments';
import type { Column } from '../storage/column';
import type { IndexData, Timeline } from '../storage/index-data';
import { columnToWire, indexToWire } from '../storage/wire';
import type { CountRange, RootSet } from './count-bits';
import type { WorkerReply, WorkerRequest } from './count-worker';

// Worker threads that count part of a tree's slots while the main thread counts the rest,
// reading the same shared index. Threads: AUDIENCE_INDEX_THREADS, by default one less than
// the machine's cores (one on a two-core machine). The worker is count-worker.ts, compiled
// to plain JavaScript before it starts (see spawnWorker): no TypeScript loader runs in the
// thread. Where no worker can start, every count stays on the main thread (same result),
// said once in the log.
interface Thread {
  worker: Worker;
  /** Index ids and "index event key" property columns this thread holds. */
  sent: Set<string>;
  pending: Map<number, { resolve: (range: CountRange) => void; reject: (error: Error) => void }>;
}

const indexIds = new WeakMap<IndexData, number>();
let nextIndexId = 1;
let nextRequestId = 1;

export class CountPool {
  private broken = false;
  private readonly dropped = new FinalizationRegistry<number>((indexId) => {
    for (const thread of this.threads) thread.worker.postMessage({ kind: 'drop', indexId } satisfies WorkerRequest);
  });

  private constructor(private readonly threads: Thread[]) {}

  static async create(size: number): Promise<CountPool | null> {
    if (size <= 0) return null;
    let threads: Thread[] = [];
    try {
      // No inherited flags: process-wide ones (--max-old-space-size, --expose-gc) make the
      // Worker constructor throw, and loaders of the parent (tsx, vitest) are not needed.
      const options: WorkerOptions = { execArgv: [] };
      const spawn = await spawnWorker();
      threads = Array.from({ length: size }, (): Thread => ({ worker: spawn(options), sent: new Set(), pending: new Map() }));
      const pool = new CountPool(threads);
      await Promise.all(threads.map((thread) => started(thread.worker)));
      for (const thread of threads) {
        thread.worker.on('message', (reply: WorkerReply) => pool.settle(thread, reply));
        thread.worker.on('error', (error) => pool.fail(error));
        thread.worker.on('exit', () => pool.fail(new Error('counting thread exited')));
        // After the listeners (adding one references the worker again): idle, it keeps no one alive.
        thread.worker.unref();
      }
      console.info(`[audience-index] counting on ${size + 1} threads (AUDIENCE_INDEX_THREADS=${size})`);
      return pool;
    } catch (error) {
      for (const thread of threads) void thread.worker.terminate();
      console.warn(`[audience-index] counting threads cannot start, counting on one thread: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  get size(): number {
    return this.broken ? 0 : this.threads.length;
  }

  /** Counts `ranges[k]` on thread k. Rejects when a thread cannot: count those ranges locally then. */
  count(
    data: IndexData,
    tree: CompiledTree,
    asOf: number,
    members: Record<string, readonly number[]> | undefined,
    columns: readonly { timeline: Timeline; key: string; column: Column }[],
    root: RootSet,
    ranges: readonly [number, number][],
  ): Promise<CountRange>[] {
    const indexId = this.idOf(data);
    return ranges.map(([w0, w1], k) => {
      const thread = this.threads[k];
      if (this.broken) return Promise.reject(new Error('counting threads unavailable'));
      if (!thread.sent.has(String(indexId))) {
        thread.worker.postMessage({ kind: 'index', indexId, data: indexToWire(data) } satisfies WorkerRequest);
        thread.sent.add(String(indexId));
      }
      for (const { timeline, key, column } of columns) {
        const id = `${indexId} ${timeline.name} ${key}`;
        if (thread.sent.has(id)) continue;
        thread.worker.postMessage({ kind: 'property', indexId, event: timeline.name, key, column: columnToWire(column) } satisfies WorkerRequest);
        thread.sent.add(id);
      }
      const requestId = nextRequestId++;
      return new Promise<CountRange>((resolve, reject) => {
        // Referenced only while busy, so an idle pool never keeps the process alive.
        thread.worker.ref();
        thread.pending.set(requestId, { resolve, reject });
        thread.worker.postMessage({ kind: 'count', requestId, indexId, tree: tree.document, asOf, members, root: root.bits, w0, w1 } satisfies WorkerRequest);
      });
    });
  }

  private idOf(data: IndexData): number {
    let id = indexIds.get(data);
    if (id === undefined) {
      indexIds.set(data, (id = nextIndexId++));
      this.dropped.register(data, id);
    }
    return id;
  }

  private settle(thread: Thread, reply: WorkerReply): void {
    const waiting = thread.pending.get(reply.requestId);
    if (!waiting || 'ready' in reply) return;
    thread.pending.delete(reply.requestId);
    if (thread.pending.size === 0) thread.worker.unref();
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve({ nodes: reply.nodes, stopped: new Map(reply.stopped) });
  }

  private fail(error: Error): void {
    if (!this.broken) console.warn(`[audience-index] counting threads stopped: ${error.message}`);
    this.broken = true;
    for (const thread of this.threads) void thread.worker.terminate();
    for (const thread of this.threads) {
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
    }
  }
}

/** Resolves when the thread has loaded its code; rejects when it cannot (within START_MS). */
function started(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no answer within ${START_MS} ms`)), START_MS);
    const onMessage = (reply: WorkerReply) => {
      if ('ready' in reply) done();
    };
    const onError = (error: Error) => done(error);
    const onExit = (code: number) => done(new Error(`exited with code ${code}`));
    function done(error?: Error) {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
const START_MS = 30_000;

/**
 * How a counting thread starts: from count-worker.ts bundled by esbuild into one plain
 * script (scripts/count-worker-bundle.mjs), so no TypeScript loader runs in the thread.
 * The Next server (next start, next dev) runs the file that `next build` / `next dev`
 * wrote under the project; vitest and tsx scripts bundle the current sources once per
 * process and evaluate the text. (Turbopack 16.4 does not bundle
 * `new Worker(new URL('./x.ts', import.meta.url))` on the server: it copies the .ts.)
 */
async function spawnWorker(): Promise<(options: WorkerOptions) => Worker> {
  if (process.env.NEXT_RUNTIME) {
    const file = join(process.cwd(), '.audience-index', 'count-worker.cjs');
    if (!existsSync(file)) throw new Error(`${file} is missing (written by next build and next dev)`);
    return (options) => new Worker(file, options);
  }
  const { workerScript } = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ './worker-script');
  const script = await workerScript();
  return (options) => new Worker(script, { ...options, eval: true });
}

const globalForPool = globalThis as unknown as { audienceCountPool?: { pool: Promise<CountPool | null>; attempts: number } };
/** A pool whose thread died is replaced, a few times per process at most. */
const MAX_ATTEMPTS = 3;

/** Worker threads to count with: AUDIENCE_INDEX_THREADS, else one less than the cores. */
export function threadsWanted(): number {
  const configured = process.env.AUDIENCE_INDEX_THREADS;
  const size = configured !== undefined && configured !== '' ? Number(configured) : availableParallelism() - 1;
  return Number.isInteger(size) ? Math.max(0, size) : 0;
}

/** The process's pool, made on first use; null when counting stays on the main thread. */
export async function countPool(): Promise<CountPool | null> {
  let state = globalForPool.audienceCountPool;
  if (state) {
    const pool = await state.pool;
    // A pool that could not start is not tried again; one that broke later is, a few times.
    if (!pool || pool.size || state.attempts >= MAX_ATTEMPTS) return pool?.size ? pool : null;
  }
  state = globalForPool.audienceCountPool = { pool: CountPool.create(threadsWanted()), attempts: (state?.attempts ?? 0) + 1 };
  const pool = await state.pool;
  return pool?.size ? pool : null;
}
