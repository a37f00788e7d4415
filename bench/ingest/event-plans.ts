// EXPLAIN QUERY PLAN of every SQLite query that reads "Event", on seeded demo data, with
// the Event indexes as migrated (`new`) and as before migration 0003 (`old`): a change to
// those indexes must not turn any of them into a scan of the table.
//   npx tsx --conditions=react-server bench/ingest/event-plans.ts [--profiles 5000]
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { freshDatabase } from './databases';

const { values } = parseArgs({ options: { profiles: { type: 'string' } } });
const url = 'file:./data/bench-event-plans.db';
const OLD = `DROP INDEX "Event_workspaceId_name_idx"; CREATE INDEX "Event_workspaceId_name_timestamp_idx" ON "Event"("workspaceId", "name", "timestamp"); ANALYZE "Event"`;

async function main() {
  await freshDatabase(url);
  execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts', '--profiles', values.profiles ?? '5000', '--name', 'plans', '--quiet'], {
    env: { ...process.env, DATABASE_URL: url }, stdio: 'inherit',
  });
  const { eventNamesSql } = await import('@/lib/db/queries/schema/event-names');
  const { sampleSql } = await import('@/lib/db/queries/schema/sources');
  const { compileTreeToSql } = await import('@/lib/segments/sql/compile-tree-sql');
  const { registerSegmentFunctions } = await import('@/lib/db/dialects/segments-sqlite');
  const { referenceTree } = await import('../preview/reference-tree');
  const { sqliteSegments } = await import('@/lib/db/dialects/segments-sqlite');
  const { sqliteBindings } = await import('@/lib/segments/sql/run-tree-sql');
  const db = new Database(url.slice(5));
  registerSegmentFunctions(db);
  const ws = db.prepare('SELECT "workspaceId" FROM "Profile" LIMIT 1').pluck().get() as string;
  const params = sqliteSegments.params();
  const names = eventNamesSql('sqlite', params, ws, 500);
  const tree = compileTreeToSql(referenceTree(), 'sqlite', { workspaceId: ws, asOf: Date.now(), zoneValues: ['UTC', 'Europe/Paris'] });
  // Prisma's queries as SQL of the same shape (where, order) as lib/db/queries/** send.
  const queries: Record<string, [string, unknown[]]> = {
    'event names (schema discovery)': [names, params.values],
    'property samples (schema discovery)': [sampleSql('properties', '?', '200'), [ws]],
    'SQL engine, reference tree': [tree.sql, tree.params],
    'audience index: events': [`SELECT e."profileId", e."name", group_concat(e."timestamp") FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id" WHERE p."workspaceId" = ? GROUP BY p."id", e."name"`, [ws]],
    'audience index: property': [`SELECT e."profileId", e."timestamp", e."properties" -> '$.amount' FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id" WHERE p."workspaceId" = ? AND e."name" = 'purchase' ORDER BY p."id", e."timestamp", e."id"`, [ws]],
    'audience index: reread': [`SELECT "profileId", "name", "timestamp", "properties", "messageId" FROM "Event" WHERE "workspaceId" = ? AND "profileId" IN (SELECT value FROM json_each(?)) ORDER BY "profileId", "id"`, [ws, '[1,2,3]']],
    'profile timeline': [`SELECT "id", "name" FROM "Event" WHERE "workspaceId" = ? AND "profileId" = ? ORDER BY "timestamp" DESC, "id" DESC LIMIT 51`, [ws, 1]],
    'profile export / segment inputs': [`SELECT "id" FROM "Event" WHERE "workspaceId" = ? AND "profileId" IN (1, 2) ORDER BY "id" ASC LIMIT 500`, [ws]],
    'profile event count': [`SELECT COUNT(*) FROM "Event" WHERE "workspaceId" = ? AND "profileId" = ?`, [ws, 1]],
    'workspace event counts': [`SELECT COUNT(*) FROM "Event" WHERE "workspaceId" = ? AND "receivedAt" >= ?`, [ws, 0]],
    'ingest: messageId taken': [`SELECT 1 FROM "Event" WHERE "workspaceId" = ? AND "messageId" = ?`, [ws, 'x']],
  };
  const plans: Record<string, Record<string, string[]>> = { new: {}, old: {} };
  for (const schema of ['new', 'old'] as const) {
    if (schema === 'old') db.exec(OLD);
    for (const [label, [sql, args]] of Object.entries(queries)) {
      // The segment SQL numbers its placeholders (?1, ?2, …); the others are plain `?`.
      const bound = /\?\d/.test(sql) ? [sqliteBindings(args)] : args;
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...bound) as { detail: string }[];
      plans[schema][label] = rows.map((r) => r.detail).filter((d) => /\b(Event|e)\b/.test(d) || /SCAN|SEARCH/.test(d));
    }
  }
  let scans = 0;
  for (const label of Object.keys(queries)) {
    console.log(`\n${label}`);
    for (const schema of ['old', 'new'] as const) {
      const eventLines = plans[schema][label].filter((d) => /\b(Event|e)\b/.test(d));
      const scan = eventLines.some((d) => /^SCAN (Event|e)$/.test(d.trim()));
      if (schema === 'new' && scan) scans++;
      console.log(`  ${schema}: ${eventLines.join(' | ') || '(no Event access)'}${scan ? '  <-- TABLE SCAN' : ''}`);
    }
  }
  db.close();
  console.log(scans ? `\n${scans} queries scan Event with the new indexes` : '\nNo query scans the Event table with the new indexes.');
  process.exitCode = scans ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
