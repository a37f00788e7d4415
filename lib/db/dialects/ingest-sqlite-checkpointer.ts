import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// WAL checkpoints off the event loop. With WAL + synchronous=NORMAL, a commit is written to
// the WAL without fsync, and the WAL is fsynced (then the database file) when a checkpoint
// copies it back. SQLite runs that checkpoint inside the commit that crosses
// wal_autocheckpoint (1,000 pages by default): with ingest batches that dirty ~650 pages
// each, two fsyncs blocked the single Node.js thread every other batch — most of the ingest
// time on this machine. Here a worker thread with its own connection runs PASSIVE
// checkpoints (they never block writers) shortly after commits, so the fsyncs wait on the
// disk without holding up requests, and a commit reaches the disk within about
// CHECKPOINT_EVERY_MS plus one checkpoint instead of whenever 1,000 pages happen to pile up.
// The worker loads the same better-sqlite3 addon file, hence the same SQLite library and its
// per-process file-lock bookkeeping (two copies would not see each other's locks).
//
// Backstop: the writer connection still checkpoints by itself past BACKSTOP_PAGES of WAL
// (e.g. when the worker cannot keep up, or a PASSIVE pass never catches up because commits
// keep coming), which also lets the WAL file restart from its beginning.
const CHECKPOINT_EVERY_MS = 200;
const BACKSTOP_PAGES = 16_384; // 64 MiB of 4 KiB pages

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
parentPort.on('message', (message) => {
  if (message === 'close') { db.close(); parentPort.close(); return; }
  let error = null;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (e) { error = String(e && (e.code + ': ' + e.message) || e); }
  parentPort.postMessage(error);
});`;

/**
 * The better-sqlite3 module file this process has loaded, when exactly one is: the worker
 * must load that same file (the process-wide module cache, whatever the bundler did to
 * `require` here), else it is not started and SQLite checkpoints in the commit as before.
 */
export function loadedDriver(): string | undefined {
  const cache = createRequire(join(process.cwd(), 'noop.js')).cache;
  const loaded = Object.keys(cache).filter((file) => /[\\/]better-sqlite3[\\/]lib[\\/]index\.js$/.test(file));
  return loaded.length === 1 ? loaded[0] : undefined;
}

export interface Checkpointer {
  /** Call after a commit: a checkpoint follows within CHECKPOINT_EVERY_MS (or after the running one). */
  committed(): void;
  /** Passes finished so far, and whether the worker runs (for tests and diagnostics). */
  stats(): { passes: number; running: boolean };
}

const checkpointers = new WeakMap<Database.Database, Checkpointer>();

/** One per connection; a no-op Checkpointer for in-memory databases and non-WAL files. */
export function backgroundCheckpointer(db: Database.Database): Checkpointer {
  let c = checkpointers.get(db);
  if (!c) {
    c = create(db);
    checkpointers.set(db, c);
  }
  return c;
}

function create(db: Database.Database): Checkpointer {
  const driver = loadedDriver();
  if (!driver || db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return { committed() {}, stats: () => ({ passes: 0, running: false }) };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: db.name, driver } });
  worker.unref();
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);

  let running = false;
  let wanted = false;
  let passes = 0;
  let lastStart = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    worker.postMessage('close');
  };
  const run = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (stopped) return;
    // The writer closed its connection (tests reset databases): the worker goes with it.
    if (!db.open) return stop();
    running = true;
    wanted = false;
    lastStart = Date.now();
    worker.postMessage('checkpoint');
  };
  // At most one pass per CHECKPOINT_EVERY_MS, started from the commit itself when it is due
  // (a busy event loop may run timers late), else by a timer so the last commits get theirs.
  const request = () => {
    if (stopped) return;
    if (running) {
      wanted = true;
      return;
    }
    const wait = lastStart + CHECKPOINT_EVERY_MS - Date.now();
    if (wait <= 0) run();
    else timer ??= setTimeout(run, wait).unref();
  };
  worker.on('message', (error: string | null) => {
    running = false;
    passes++;
    if (error) console.error(`[sqlite] background checkpoint failed: ${error}`);
    if (wanted) request();
  });
  worker.on('error', (error) => {
    // Without the worker the writer's own checkpoints (the backstop, lowered to SQLite's
    // default) keep the WAL in check, as they did before.
    console.error('[sqlite] checkpoint worker stopped', error);
    stopped = true;
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  return {
    committed: request,
    stats: () => ({ passes, running: !stopped }),
  };
}
