import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { IngestBatch, IngestWriteResult } from '@/lib/ingest/types';
import { loadedDriver } from './ingest-sqlite-checkpointer';

// SQLite batch transactions on a writer thread, so the request thread (HTTP, JSON parsing,
// validation) and the writer run on two cores at once, as a pipeline. The worker
// (ingest-sqlite-writer-worker.ts) has its own connection to the same file and takes one
// batch at a time, in arrival order, each in its own IMMEDIATE transaction, exactly as the
// request thread did: messageId dedupe across concurrent batches and per-batch
// all-or-nothing are unchanged. A write resolves only when the worker reports the commit.
// When the worker cannot start, batches are written on the calling thread (logged once).

/** What the worker needs to open its connection like the parent's. */
export interface WriterSetup {
  file: string;
  /** The better-sqlite3 module file the parent loaded. */
  driver: string;
  /** `name = value` pragmas run on the worker's connection. */
  pragmas: string[];
}

export interface WriterRequest {
  id: number;
  workspaceId: string;
  batch: IngestBatch;
}

export type WriterReply =
  | { id: number; result: IngestWriteResult }
  | { id: number; error: { name: string; message: string; code?: string } };

type Write = (workspaceId: string, batch: IngestBatch) => Promise<IngestWriteResult>;
export type SpawnWriter = (setup: WriterSetup) => Worker;

export interface WriterThread {
  write: Write;
  /** Batches the worker committed, and whether it still takes batches (tests, diagnostics). */
  stats(): { written: number; running: boolean };
}

// Under Next.js (NEXT_RUNTIME is set), Turbopack bundles the worker entry below as a
// JavaScript entry of its own. Unbundled (vitest, tsx scripts) the entry is TypeScript, and
// Node 20 does not apply the parent's loader hooks to a worker's entry: a small bootstrap
// registers tsx in the worker first. (import.meta.url cannot tell: Turbopack keeps the
// source file's URL.)
const spawnWorker: SpawnWriter = (setup) =>
  process.env.NEXT_RUNTIME
    ? new Worker(new URL('./ingest-sqlite-writer-worker.ts', import.meta.url), { workerData: setup })
    : new Worker(viaTsx(import.meta.url.replace(/[^/]+$/, 'ingest-sqlite-writer-worker.ts')), { eval: true, workerData: setup });

const viaTsx = (entry: string) => `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;

/** Waiting for the write lock blocks only the worker, so it waits as long as the parent would retry. */
const BUSY_TIMEOUT_MS = 10_000;
const COPIED_PRAGMAS = ['synchronous', 'cache_size', 'foreign_keys', 'wal_autocheckpoint'] as const;

/** Undefined for in-memory databases or when the driver file is not known (write in-thread). */
export function startWriterThread(db: Database.Database, fallback: Write, spawn: SpawnWriter = spawnWorker): WriterThread | undefined {
  const driver = loadedDriver();
  if (!driver || db.memory) return undefined;
  const pragmas = COPIED_PRAGMAS.map((p) => `${p} = ${db.pragma(p, { simple: true })}`);
  pragmas.push(`busy_timeout = ${BUSY_TIMEOUT_MS}`);

  let worker: Worker;
  try {
    worker = spawn({ file: db.name, driver, pragmas });
  } catch (error) {
    console.error('[sqlite] ingest writer thread did not start; writing on the request thread', error);
    return undefined;
  }
  // Referenced only while a batch is out, so an idle worker never keeps a script alive and a
  // script never exits with a batch unwritten.
  worker.unref();

  type Pending = { workspaceId: string; batch: IngestBatch; resolve: (r: IngestWriteResult) => void; reject: (e: unknown) => void };
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let written = 0;
  let ready = false;
  let stopped = false;

  const stop = (error?: unknown) => {
    if (stopped) return;
    stopped = true;
    clearInterval(watch);
    if (error === undefined) worker.postMessage('close');
    else console.error('[sqlite] ingest writer thread stopped; writing on the request thread from now on', error);
    // Before 'ready' the worker had not taken any batch: they are written here instead. After
    // it, a batch may or may not have committed; the client retries (messageIds make it safe).
    for (const p of pending.values()) {
      if (!ready) fallback(p.workspaceId, p.batch).then(p.resolve, p.reject);
      else p.reject(new Error('the ingest writer thread stopped before answering'));
    }
    pending.clear();
    worker.unref();
  };

  worker.on('message', (reply: WriterReply | 'ready') => {
    if (reply === 'ready') {
      ready = true;
      return;
    }
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if ('result' in reply) {
      written++;
      p.resolve(reply.result);
    } else {
      p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
    }
  });
  worker.on('error', (error) => stop(error));
  worker.on('exit', (code) => stop(new Error(`writer thread exited with code ${code}`)));
  // The parent closed its connection (tests reset databases): the worker closes its own.
  const watch = setInterval(() => db.open || stop(), 1000).unref();

  return {
    write(workspaceId, batch) {
      if (stopped) return fallback(workspaceId, batch);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { workspaceId, batch, resolve, reject });
        worker.ref();
        worker.postMessage({ id, workspaceId, batch } satisfies WriterRequest);
      });
    },
    stats: () => ({ written, running: !stopped }),
  };
}
