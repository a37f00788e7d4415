import { isoDateMs } from '@/lib/db/dialects/segments-postgres-values';
import type { SqlParams } from '@/lib/db/dialects/segments-base';
import type { SegmentsDialectName } from '@/lib/db/dialects/segments-base';
import { type JsonSource, sampleSql } from './sources';

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
  return `WITH RECURSIVE sample AS (${sample}),
walk(grp, path, value) AS (
  SELECT s.grp, ARRAY[e.key], e.value
  FROM sample AS s, jsonb_each(CASE WHEN jsonb_typeof(s.doc) = 'object' THEN s.doc ELSE '{}'::jsonb END) AS e
  UNION ALL
  SELECT w.grp, w.path || e.key, e.value
  FROM walk AS w, jsonb_each(CASE WHEN jsonb_typeof(w.value) = 'object' THEN w.value ELSE '{}'::jsonb END) AS e
  WHERE cardinality(w.path) < 5)
SELECT w.grp AS grp, w.path AS path, jsonb_typeof(w.value) AS type,
  COUNT(*) FILTER (WHERE jsonb_typeof(w.value) = 'string' AND ${date} IS NOT NULL) AS dates, COUNT(*) AS n
FROM walk AS w
WHERE jsonb_typeof(w.value) <> 'null'
GROUP BY w.grp, w.path, jsonb_typeof(w.value)`;
}
