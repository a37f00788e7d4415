import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledTree } from '@/lib/segments';
import type { Column } from '../storage/column';
import type { IndexData, Timeline } from '../storage/index-data';
import { columnToWire, indexToWire } from '../storage/wire';
import type { CountRange, RootSet } from './count-bits';
import type { WorkerReply, WorkerRequest } from './count-worker';

// Worker threads that count part of a tree's slots while the main thread counts the rest,
// reading the same shared index. Threads: AUDIENCE_INDEX_THREADS, by default one less than
// the machine's cores (one on a two-core machine). The worker is TypeScript loaded through
// tsx; where that cannot run (a bundled production server without the sources) the pool
// reports itself unavailable and every count stays on the main thread, with the same result.
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

  static create(size: number): CountPool | null {
    if (size <= 0) return null;
    try {
      const entry = workerEntry();
      if (!entry) return null;
      // No inherited flags: process-wide ones (--max-old-space-size, --expose-gc) make the
      // Worker constructor throw, and tsx's own must not run twice.
      const execArgv: string[] = [];
      const threads = Array.from({ length: size }, (): Thread => {
        const worker = new Worker(entry, { execArgv });
        return { worker, sent: new Set(), pending: new Map() };
      });
      const pool = new CountPool(threads);
      for (const thread of threads) {
        thread.worker.on('message', (reply: WorkerReply) => pool.settle(thread, reply));
        thread.worker.on('error', (error) => pool.fail(error));
        thread.worker.on('exit', () => pool.fail(new Error('counting thread exited')));
        // After the listeners (adding one references the worker again): idle, it keeps no one alive.
        thread.worker.unref();
      }
      return pool;
    } catch {
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
    if (!waiting) return;
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

/**
 * The worker's entry file, which registers the TypeScript loader in the thread and runs
 * count-worker.ts. A plain path, not `new URL(…, import.meta.url)`, so bundlers leave it
 * alone; next to this module when running from source, else under the working directory
 * (`next start` from the project). Null when neither exists: counting stays on one thread.
 */
function workerEntry(): string | null {
  const candidates: string[] = [join(process.cwd(), 'lib', 'audience-index', 'count', 'count-worker-entry.mjs')];
  try {
    candidates.unshift(join(dirname(fileURLToPath(import.meta.url)), 'count-worker-entry.mjs'));
  } catch {
    // import.meta.url is not a file URL in this build.
  }
  return candidates.find((file) => existsSync(file)) ?? null;
}

let shared: CountPool | null | undefined;
let attempts = 0;
/** A pool whose thread died is replaced, a few times per process at most. */
const MAX_ATTEMPTS = 3;

/** The process's pool, made on first use; null when counting stays on the main thread. */
export function countPool(): CountPool | null {
  if (shared === undefined || (shared !== null && shared.size === 0 && attempts < MAX_ATTEMPTS)) {
    const configured = process.env.AUDIENCE_INDEX_THREADS;
    const size = configured !== undefined && configured !== '' ? Number(configured) : Math.max(0, availableParallelism() - 1);
    attempts++;
    shared = CountPool.create(Number.isInteger(size) ? size : 0);
  }
  return shared?.size ? shared : null;
}
