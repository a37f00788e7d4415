import type { SegmentsDialectName, SqlParams } from '@/lib/db/dialects/segments-base';
import { type JsonSource, sampleSql } from './sources';

// How many rows the sample holds per group (all profiles; events by name), including those
// whose JSON is empty. Rows: { grp, n }.
export function sampleCountsSql(_dialect: SegmentsDialectName, source: JsonSource, params: SqlParams, workspaceId: string, limit: number): string {
  const sample = sampleSql(source, params.bind(workspaceId, 'text'), params.bind(limit, 'bigint'));
  return `SELECT grp, COUNT(*) AS n FROM (${sample}) AS sample GROUP BY grp`;
}
