import { afterAll, beforeAll, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { describeDb } from '@/test/db-test';
import { migrate } from '@/scripts/migrate.mjs';
import { openRawDb, type RawDb } from '@/lib/db/raw';
import { databaseUrl, dialectOf } from '@/lib/db/url';
import { generateDemoBatches } from '@/lib/demo';
import { createBulkLoader } from './create-bulk-loader';
import { loadDemoData } from './load-demo-data';

// The fresh-database path (indexes and keys dropped and rebuilt inside one transaction)
// needs a database with no profiles or events at all, so this file makes its own next to
// the project's test database and removes it afterwards.
const baseUrl = databaseUrl();
const dialect = dialectOf(baseUrl);
const suffix = `${process.pid}_${Date.now() % 100000}`;
const url = dialect === 'sqlite' ? `file:./data/test-fresh-load-${suffix}.db` : withDatabase(baseUrl, `studio_fresh_load_${suffix}`);
let raw: RawDb;

function withDatabase(u: string, name: string) {
  const next = new URL(u);
  next.pathname = `/${name}`;
  return next.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function query<T>(sql: string): Promise<T[]> {
  if (raw.dialect === 'sqlite') return raw.sqlite.prepare(sql).all() as T[];
  return (await raw.pool.query(sql)).rows as T[];
}

const eventIndexes = () =>
  dialect === 'sqlite'
    ? query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Event' ORDER BY name`)
    : query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'Event' UNION ALL SELECT conname FROM pg_constraint WHERE conrelid = '"Event"'::regclass ORDER BY name`);

describeDb('bulk loading into a fresh database', () => {
  let workspaceId = '';
  let schema: { name: string }[] = [];

  beforeAll(async () => {
    if (dialect === 'postgres') await admin(`CREATE DATABASE "studio_fresh_load_${suffix}"`);
    await migrate(url);
    raw = openRawDb(url);
    workspaceId = `ws_fresh_${suffix}`;
    if (raw.dialect === 'sqlite') raw.sqlite.prepare('INSERT INTO "Workspace" ("id", "name", "createdAt") VALUES (?, ?, ?)').run(workspaceId, 'Fresh', Date.now());
    else await raw.pool.query('INSERT INTO "Workspace" ("id", "name") VALUES ($1, $2)', [workspaceId, 'Fresh']);
    schema = await eventIndexes();
  });

  afterAll(async () => {
    if (raw?.dialect === 'sqlite') raw.sqlite.close();
    else if (raw) await raw.pool.end();
    if (dialect === 'sqlite') for (const s of ['', '-wal', '-shm', '-journal']) rmSync(`./data/test-fresh-load-${suffix}.db${s}`, { force: true });
    else await admin(`DROP DATABASE IF EXISTS "studio_fresh_load_${suffix}" WITH (FORCE)`);
  });

  it('rolls back completely when a row refers to a missing profile, keeping every index', async () => {
    const loader = await createBulkLoader(raw);
    expect(loader.fresh).toBe(true);
    const [id] = await loader.insertProfiles(workspaceId, [
      { externalId: 'x', traits: '{}', consent: '{}', context: '{}', firstSeenAt: 0, lastSeenAt: 0, createdAt: 0, updatedAt: 0 },
    ]);
    await loader.insertEvents(workspaceId, [
      { profileId: id + 999, name: 'page_view', timestamp: 0, properties: '{}', context: '{}', messageId: 'm1', receivedAt: 0 },
    ]);
    await expect(loader.finish()).rejects.toThrow();
    await loader.close();
    expect(await query('SELECT * FROM "Profile"')).toEqual([]);
    expect(await eventIndexes()).toEqual(schema);
  });

  it('loads everything, then restores the indexes, keys and journal mode', async () => {
    const loader = await createBulkLoader(raw);
    expect(loader.fresh).toBe(true);
    const done = await loadDemoData(loader, workspaceId, generateDemoBatches({ profiles: 100, events: 2000, seed: 5, asOf: Date.UTC(2026, 0, 1) }));
    expect(done).toEqual({ profiles: 100, events: 2000 });
    expect(await query<{ n: number | string }>('SELECT COUNT(*) AS n FROM "Event"')).toEqual([{ n: dialect === 'sqlite' ? 2000 : '2000' }]);
    expect(await eventIndexes()).toEqual(schema);
    if (raw.dialect === 'sqlite') {
      expect(raw.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    }
    // The next load sees data: no shortcuts, everything stays in place.
    const second = await createBulkLoader(raw);
    expect(second.fresh).toBe(false);
    await second.close();
  });
});
