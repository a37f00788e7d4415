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
