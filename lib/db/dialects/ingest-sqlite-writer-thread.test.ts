import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, expect, it, vi } from 'vitest';
import type { EventWrite, IngestBatch } from '@/lib/ingest/types';
import { migrate } from '@/scripts/migrate.mjs';
import { createWrite } from './ingest-sqlite';

// The SQLite writer thread on a real, migrated database file: batches sent at once are
// committed one transaction each, messageIds stay unique across them, errors come back as
// the driver's, and a worker that cannot start leaves the writes to the calling thread.
let dir: string | undefined;
let db: Database.Database | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  vi.restoreAllMocks();
});

async function openMigrated(): Promise<{ db: Database.Database; workspaceId: string }> {
  dir = mkdtempSync(join(tmpdir(), 'writer-'));
  const file = join(dir, 'test.db');
  await migrate(`file:${file}`);
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.prepare(`INSERT INTO "Workspace" ("id", "name") VALUES ('ws', 'w')`).run();
  return { db, workspaceId: 'ws' };
}

/** Log lines of the writer thread (the checkpointer of an earlier test's deleted file may log too). */
const writerLogs = (log: { mock: { calls: unknown[][] } }) => log.mock.calls.filter((c) => String(c[0]).includes('ingest writer thread')).length;

const T0 = Date.parse('2024-05-01T10:00:00Z');
const event = (externalId: string, messageId: string | null, at = 0): EventWrite => ({
  externalId, name: 'page_view', timestamp: T0 + at, properties: { at }, context: {}, messageId,
});
const batchOf = (events: EventWrite[]): IngestBatch => ({ profiles: [], events, receivedAt: T0 + 60_000 });

it('commits concurrent batches on the writer thread, each messageId once across them', async () => {
  const { db, workspaceId } = await openMigrated();
  const write = createWrite(db);
  // Four batches in flight at once; batch k repeats half of batch k-1's messageIds.
  const batches = [0, 1, 2, 3].map((k) =>
    batchOf(Array.from({ length: 200 }, (_, i) => event(`u${(k * 100 + i) % 50}`, `m${k * 100 + i}`, k * 100 + i))),
  );
  const results = await Promise.all(batches.map((b) => write(workspaceId, b)));
  expect(results.map((r) => r.eventsInserted)).toEqual([200, 100, 100, 100]);
  expect(results.map((r) => r.duplicates)).toEqual([0, 100, 100, 100]);
  expect(db.prepare('SELECT COUNT(*) FROM "Event"').pluck().get()).toBe(500);
  expect(db.prepare('SELECT COUNT(DISTINCT "messageId") FROM "Event"').pluck().get()).toBe(500);
  // Every profile's seen window is its events' (written by the worker, read back here).
  const seen = db.prepare(`SELECT COUNT(*) FROM "Profile" p WHERE "firstSeenAt" <> (SELECT MIN("timestamp") FROM "Event" e WHERE e."profileId" = p."id")
    OR "lastSeenAt" <> (SELECT MAX("timestamp") FROM "Event" e WHERE e."profileId" = p."id")`).pluck().get();
  expect(seen).toBe(0);
  expect(results[0].profileIds).toHaveLength(50);
});

it('reports a failed batch with the driver error code and goes on with the next', async () => {
  const { db, workspaceId } = await openMigrated();
  const write = createWrite(db);
  await expect(write('no-such-workspace', batchOf([event('u1', 'a')]))).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  expect((await write(workspaceId, batchOf([event('u1', 'a')]))).eventsInserted).toBe(1);
  expect(db.prepare('SELECT COUNT(*) FROM "Profile"').pluck().get()).toBe(1);
});

it('writes on the calling thread when the worker cannot be created', async () => {
  const { db, workspaceId } = await openMigrated();
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const write = createWrite(db, () => {
    throw new Error('no worker here');
  });
  const results = await Promise.all([0, 1].map((k) => write(workspaceId, batchOf([event('u1', 'same'), event('u2', `m${k}`)]))));
  expect(results.map((r) => r.eventsInserted).sort()).toEqual([1, 2]);
  expect(db.prepare('SELECT COUNT(*) FROM "Event"').pluck().get()).toBe(3);
  expect(writerLogs(log)).toBe(1);
});

it('writes the batches it had sent on the calling thread when the worker fails to start', async () => {
  const { db, workspaceId } = await openMigrated();
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const write = createWrite(db, () => new Worker('throw new Error("cannot load the driver")', { eval: true }));
  const results = await Promise.all([0, 1, 2].map((k) => write(workspaceId, batchOf([event(`u${k}`, `m${k}`), event('u9', 'shared')]))));
  expect(results.reduce((n, r) => n + r.eventsInserted, 0)).toBe(4);
  expect((await write(workspaceId, batchOf([event('u1', 'later')]))).eventsInserted).toBe(1);
  expect(db.prepare('SELECT COUNT(*) FROM "Event"').pluck().get()).toBe(5);
  expect(writerLogs(log)).toBe(1);
});
