import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { backgroundCheckpointer } from './ingest-sqlite-checkpointer';

// The checkpoint worker on a real SQLite file: it copies the WAL back while the writer goes
// on, shares the writer's locks (a second SQLite library in the process would not), and
// leaves with the writer's connection.
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function openWal(): Database.Database {
  dir = mkdtempSync(join(tmpdir(), 'ckpt-'));
  const db = new Database(join(dir, 'test.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  return db;
}

async function until(check: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('checkpoints in the background while writes go on, and loses nothing', async () => {
  const db = openWal();
  const c = backgroundCheckpointer(db);
  expect(backgroundCheckpointer(db)).toBe(c);
  expect(db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(1000);
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const batch = db.transaction((n: number) => {
    for (let i = 0; i < n; i++) insert.run('x'.repeat(200));
  });
  for (let b = 0; b < 30; b++) {
    batch.immediate(200);
    c.committed();
    await new Promise((r) => setTimeout(r, 15));
  }
  await until(() => c.stats().passes >= 2);
  // Whatever the worker copied back, the data is whole and a fresh reader sees all of it.
  const reader = new Database(db.name, { readonly: true });
  expect(reader.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(6000);
  expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
  reader.close();
  db.close();
  c.committed(); // the next request notices the closed connection and stops the worker
  await until(() => !c.stats().running);
});

it('does nothing for an in-memory database', () => {
  const db = new Database(':memory:');
  const c = backgroundCheckpointer(db);
  c.committed();
  expect(c.stats()).toEqual({ passes: 0, running: false });
  db.close();
});
