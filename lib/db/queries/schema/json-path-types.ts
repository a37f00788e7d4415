import { isoDateMs } from '@/lib/db/dialects/segments-postgres-values';
import type { SqlParams } from '@/lib/db/dialects/segments-base';
import type { SegmentsDialectName } from '@/lib/db/dialects/segments-base';
import { type JsonSource, pgWalkSql, sampleSql } from './sources';

// Per (group, path, JSON type): how many sampled documents hold a non-null value there, and
// how many of the strings are dates in the conditions' grammar. Objects are walked, arrays
// are not (conditions never index them); the path comes back as SQLite's json_tree fullkey
// ($.a."b-c") or as a PostgreSQL text[], and is made a dotted path in TS.
// Rows: { grp, path, type, dates, n }.
export function jsonPathTypesSql(dialect: SegmentsDialectName, source: JsonSource, params: SqlParams, workspaceId: string, limit: number): string {
  const sample = sampleSql(source, params.bind(workspaceId, 'text'), params.bind(limit, 'bigint'));
  if (dialect === 'sqlite') {
    return `WITH sample AS (${sample})
SELECT s.grp AS grp, t.fullkey AS path, t.type AS type,
  SUM(CASE WHEN t.type = 'text' AND seg_date(t.atom) IS NOT NULL THEN 1 ELSE 0 END) AS dates, COUNT(*) AS n
FROM sample AS s, json_tree(s.doc) AS t
WHERE t.fullkey <> '$' AND instr(t.fullkey, '[') = 0 AND t.type <> 'null'
GROUP BY s.grp, t.fullkey, t.type`;
  }
  const date = isoDateMs(`w.value #>> '{}'`, params);
  return `${pgWalkSql(sample)}
SELECT w.grp AS grp, w.path AS path, jsonb_typeof(w.value) AS type,
  COUNT(*) FILTER (WHERE jsonb_typeof(w.value) = 'string' AND ${date} IS NOT NULL) AS dates, COUNT(*) AS n
FROM walk AS w
WHERE jsonb_typeof(w.value) <> 'null'
GROUP BY w.grp, w.path, jsonb_typeof(w.value)`;
}
