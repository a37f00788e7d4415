import { type CompiledTree, type Condition, type TreeDocument, compileTree, isCompiledTree } from '@/lib/segments';
import { type SegmentsDialect, type SegmentsDialectName } from '@/lib/db/dialects/segments-base';
import { postgresSegments } from '@/lib/db/dialects/segments-postgres';
import { sqliteSegments } from '@/lib/db/dialects/segments-sqlite';
import { COLUMNS, EV, TABLES } from './columns';
import { conditionSql } from './condition-sql';
import { EventAggregates } from './event-sql';
import { EXCLUDED_CODE, type Stop, walkSql } from './walk-sql';

// A tree → one parameterised statement per database. Shape (PostgreSQL; on SQLite each
// event measure is instead a correlated subquery inside the CASE, see event-sql.ts):
//
//   WITH ev AS (SELECT pid, <one aggregate per event measure> FROM "Event" e
//               WHERE workspace AND timestamp <= asOf [AND name IN (…)] GROUP BY pid)
//   SELECT stop, COUNT(*) FROM (
//     SELECT CASE WHEN <no consent> THEN 0 ELSE <tree as nested CASE> END AS stop
//     FROM "Profile" p LEFT JOIN ev ON ev.pid = p.id WHERE p.workspaceId = ?) GROUP BY stop
//
// Only standard SQL constructs (CTE, LEFT JOIN, CASE, aggregate FILTER), so it distributes
// on Citus: both tables by profile, the aggregate is co-located per profile. Values and JSON
// paths are parameters; identifiers come from columns.ts.

export type SqlCompileOptions = {
  workspaceId: string;
  /** The instant of the count, ms since the epoch. */
  asOf: number;
  /** Workspace setting: only consent.personalization === true may be personalised. */
  requireOptIn?: boolean;
  /** For `segment` conditions: profile ids in each referenced segment (by key). */
  segmentMembers?: Readonly<Record<string, readonly number[]>>;
  /** For local hour / day of week: the distinct string values of context.timezone. */
  zoneValues?: readonly string[];
  /** 'counts' (default): rows {stop, n}; 'assignments': rows {id, stop}, one per profile. */
  output?: 'counts' | 'assignments';
};

export type CompiledSql = {
  dialect: SegmentsDialectName;
  sql: string;
  params: unknown[];
  /** What each stop code means (0: excluded for consent). */
  stops: Stop[];
  tree: CompiledTree;
};

export const SEGMENTS_DIALECTS: Record<SegmentsDialectName, SegmentsDialect> = {
  sqlite: sqliteSegments,
  postgres: postgresSegments,
};

export function compileTreeToSql(
  tree: CompiledTree | TreeDocument | unknown,
  dialect: SegmentsDialect | SegmentsDialectName,
  options: SqlCompileOptions,
): CompiledSql {
  const compiled = isCompiledTree(tree) ? tree : compileTree(tree);
  const d = typeof dialect === 'string' ? SEGMENTS_DIALECTS[dialect] : dialect;
  if (!Number.isFinite(options.asOf)) throw new TypeError('asOf must be a finite number of milliseconds.');
  const params = d.params();
  const workspace = params.bind(options.workspaceId, 'text');
  const base = { dialect: d, params, asOf: options.asOf };
  const events = new EventAggregates(base, workspace);
  const ctx = { ...base, events, segmentMembers: options.segmentMembers, zoneValues: options.zoneValues };
  const { sql: walk, stops } = walkSql(compiled, (c: Condition) => conditionSql(c, ctx));

  const consent = d.json(COLUMNS.consent, ['personalization'], params);
  // Only JSON booleans count: "false" (text) is no refusal, and under opt-in "true" no grant.
  const excluded = options.requireOptIn ? `NOT COALESCE(${consent.isTrue}, FALSE)` : `COALESCE(${consent.isFalse}, FALSE)`;
  const cte = events.cte();
  const join = cte ? ` LEFT JOIN ${EV} ON ${EV}.pid = ${COLUMNS.profileId}` : '';
  const stop = `CASE WHEN ${excluded} THEN ${EXCLUDED_CODE} ELSE ${walk} END`;
  const from = `FROM ${TABLES.profile}${join}\n  WHERE ${COLUMNS.profileWorkspace} = ${workspace}`;
  const body =
    options.output === 'assignments'
      ? `SELECT ${COLUMNS.profileId} AS id, ${stop} AS stop\n  ${from}`
      : `SELECT walked.stop AS stop, COUNT(*) AS n FROM (\n  SELECT ${stop} AS stop\n  ${from}\n) AS walked GROUP BY walked.stop`;
  const sql = cte ? `WITH ${cte}\n${body}` : body;
  return { dialect: d.name, sql, params: params.values, stops, tree: compiled };
}

/** Whether counting needs the workspace's distinct time-zone values (local hour / day of week). */
export function usesZones(tree: CompiledTree): boolean {
  const visit = (c: Condition): boolean =>
    c.type === 'group' ? c.conditions.some(visit) : c.type === 'context' && (c.field === 'local_hour' || c.field === 'day_of_week');
  return tree.document.nodes.some((n) =>
    n.type === 'split' ? visit(n.data.condition) : n.type === 'switch' ? n.data.cases.some((c) => visit(c.condition)) : false,
  );
}
