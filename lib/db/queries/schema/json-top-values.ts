import type { SegmentsDialectName, SqlParams } from '@/lib/db/dialects/segments-base';
import { type JsonSource, pgWalkSql, sampleSql } from './sources';

// The most frequent scalar values per (group, path) in the sample, `top` of each, keyed by
// JSON type too (31 and "31" stay apart, as conditions keep them apart).
// Rows: { grp, path, type, value, n } — value as SQLite's atom, or PostgreSQL's jsonb as text.
export function jsonTopValuesSql(dialect: SegmentsDialectName, source: JsonSource, params: SqlParams, workspaceId: string, limit: number, top: number): string {
  const sample = sampleSql(source, params.bind(workspaceId, 'text'), params.bind(limit, 'bigint'));
  const k = params.bind(top, 'bigint');
  if (dialect === 'sqlite') {
    return `WITH sample AS (${sample}),
vals AS (
  SELECT s.grp AS grp, t.fullkey AS path, t.type AS type, t.atom AS value, COUNT(*) AS n
  FROM sample AS s, json_tree(s.doc) AS t
  WHERE t.type IN ('text', 'integer', 'real', 'true', 'false') AND instr(t.fullkey, '[') = 0
  GROUP BY s.grp, t.fullkey, t.type, t.atom)
SELECT grp, path, type, value, n FROM (
  SELECT vals.*, ROW_NUMBER() OVER (PARTITION BY grp, path ORDER BY n DESC, type, value) AS r FROM vals
) AS ranked WHERE r <= ${k}`;
  }
  return `${pgWalkSql(sample)},
vals AS (
  SELECT grp, path, jsonb_typeof(value) AS type, value, COUNT(*) AS n FROM walk
  WHERE jsonb_typeof(value) IN ('string', 'number', 'boolean')
  GROUP BY grp, path, value)
SELECT grp, path, type, value::text AS value, n FROM (
  SELECT vals.*, ROW_NUMBER() OVER (PARTITION BY grp, path ORDER BY n DESC, type, value) AS r FROM vals
) AS ranked WHERE r <= ${k}`;
}
