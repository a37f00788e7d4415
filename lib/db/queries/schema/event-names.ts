import type { SegmentsDialectName, SqlParams } from '@/lib/db/dialects/segments-base';

// Every distinct event name of a workspace (up to `max`), by a loose index scan of
// (workspaceId, name, timestamp): one index seek per name instead of reading every event,
// so it stays fast at tens of millions of events. Standard recursive SQL on both databases.
// Rows: { name }.
export function eventNamesSql(_dialect: SegmentsDialectName, params: SqlParams, workspaceId: string, max: number): string {
  const ws = params.bind(workspaceId, 'text');
  return `WITH RECURSIVE names(name, k) AS (
  SELECT (SELECT "name" FROM "Event" WHERE "workspaceId" = ${ws} ORDER BY "name" LIMIT 1), 1
  UNION ALL
  SELECT (SELECT "name" FROM "Event" WHERE "workspaceId" = ${ws} AND "name" > names.name ORDER BY "name" LIMIT 1), k + 1
  FROM names WHERE names.name IS NOT NULL AND k < ${params.bind(max, 'bigint')})
SELECT name FROM names WHERE name IS NOT NULL`;
}
