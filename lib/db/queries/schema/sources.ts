// The JSON columns schema discovery reads, as fixed SQL (the whitelist: nothing here comes
// from a request). Each samples the most recent rows of one workspace through an index:
// profiles by (workspaceId, id), events by (workspaceId, receivedAt).
export type JsonSource = 'traits' | 'context' | 'properties';

export const SOURCES: Record<JsonSource, { table: string; column: string; group: string; order: string }> = {
  traits: { table: '"Profile"', column: '"traits"', group: "''", order: '"id"' },
  context: { table: '"Profile"', column: '"context"', group: "''", order: '"id"' },
  properties: { table: '"Event"', column: '"properties"', group: '"name"', order: '"receivedAt"' },
};

/** `(SELECT grp, doc …)`: the sample, with the workspace and the limit as placeholders. */
export function sampleSql(source: JsonSource, workspace: string, limit: string): string {
  const s = SOURCES[source];
  return `SELECT ${s.group} AS grp, ${s.column} AS doc FROM ${s.table} WHERE "workspaceId" = ${workspace} ORDER BY ${s.order} DESC LIMIT ${limit}`;
}

/**
 * PostgreSQL: `WITH RECURSIVE sample AS (…), walk(grp, path, value)`, every object member of
 * the sampled documents down to 5 levels (arrays are not entered: conditions never index
 * them), the path as text[]. Callers append `SELECT …` or further CTEs.
 */
export function pgWalkSql(sample: string): string {
  return `WITH RECURSIVE sample AS (${sample}),
walk(grp, path, value) AS (
  SELECT s.grp, ARRAY[e.key], e.value
  FROM sample AS s, jsonb_each(CASE WHEN jsonb_typeof(s.doc) = 'object' THEN s.doc ELSE '{}'::jsonb END) AS e
  UNION ALL
  SELECT w.grp, w.path || e.key, e.value
  FROM walk AS w, jsonb_each(CASE WHEN jsonb_typeof(w.value) = 'object' THEN w.value ELSE '{}'::jsonb END) AS e
  WHERE cardinality(w.path) < 5)`;
}
