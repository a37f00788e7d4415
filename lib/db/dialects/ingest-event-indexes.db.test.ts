import { expect, it } from 'vitest';
import { describeDb } from '@/test/db-test';

// The Event indexes differ by database on purpose (prisma/schema.prisma, migration 0003,
// docs/DATABASE.md): SQLite keeps a cheap (workspaceId, name) index for the event-name list
// instead of (workspaceId, name, timestamp), which PostgreSQL's SQL engine scans by time.
async function eventIndexes(): Promise<string[]> {
  const { rawDb } = await import('@/lib/db/raw');
  const db = rawDb();
  if (db.dialect === 'sqlite') {
    return (db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Event'`).pluck().all() as string[]).sort();
  }
  const { rows } = await db.pool.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'Event'`);
  return rows.map((r) => r.indexname).sort();
}

describeDb('Event indexes', () => {
  it('has (workspaceId, name) on SQLite and (workspaceId, name, timestamp) on PostgreSQL', async () => {
    const { rawDb } = await import('@/lib/db/raw');
    const indexes = await eventIndexes();
    expect(indexes).toEqual(expect.arrayContaining(['Event_profileId_name_timestamp_idx', 'Event_workspaceId_messageId_key', 'Event_workspaceId_receivedAt_idx']));
    if (rawDb().dialect === 'sqlite') {
      expect(indexes).toContain('Event_workspaceId_name_idx');
      expect(indexes).not.toContain('Event_workspaceId_name_timestamp_idx');
    } else {
      expect(indexes).toContain('Event_workspaceId_name_timestamp_idx');
      expect(indexes).not.toContain('Event_workspaceId_name_idx');
    }
  });

  it('lists event names on SQLite by a loose scan of the (workspaceId, name) index', async () => {
    const { rawDb } = await import('@/lib/db/raw');
    const db = rawDb();
    if (db.dialect !== 'sqlite') return;
    const { eventNamesSql } = await import('@/lib/db/queries/schema/event-names');
    const { sqliteSegments } = await import('@/lib/db/dialects/segments-sqlite');
    const { sqliteBindings } = await import('@/lib/segments/sql/run-tree-sql');
    const params = sqliteSegments.params();
    const sql = eventNamesSql('sqlite', params, 'ws', 100);
    const plan = (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(sqliteBindings(params.values)) as { detail: string }[]).map((r) => r.detail);
    const onEvent = plan.filter((d) => /\bEvent\b/.test(d));
    expect(onEvent.length).toBeGreaterThan(0);
    for (const d of onEvent) expect(d).toMatch(/^SEARCH Event USING COVERING INDEX Event_workspaceId_name_idx/);
  });
});
