import { EXPERIMENTS_DIALECTS } from '@/lib/db/dialects/experiments';
import type { SegmentsDialectName } from '@/lib/db/dialects/segments-base';
import type { Metric } from '@/lib/experiments/metrics';
import { SEGMENTS_DIALECTS } from '@/lib/segments/sql/compile-tree-sql';
import { predicateSql } from '@/lib/segments/sql/predicate-sql';

// One metric of one experiment → one parameterised statement (both databases). Every
// exposed profile meets its qualifying events once:
//
//   SELECT x.arm, x.segmentKey, x.exposedAt, <per-user value v>, <first conversion c>
//   FROM "Exposure" x LEFT JOIN "Event" e
//     ON e.profileId = x.profileId AND e.name = ? AND x.exposedAt <= e.timestamp < x.exposedAt + window
//        AND <property filters>
//   WHERE x.experimentId = ? GROUP BY the exposure                      -- one row per exposed profile
//
// then the database aggregates and JavaScript merges a handful of rows (query-metric-rows.ts,
// merge-groups.ts):
//  - conversion: ONE grouping by (arm, segment, exposure day, conversion day) → users and
//    exposures since the split. Groups, converters and both daily series follow from it, and
//    the spread of 0/1 values follows from the counts. (Three separate groupings of a million
//    rows cost SQLite three sorts.)
//  - continuous: per (arm, segment) users, users with a value, Σv and Σ(v − group mean)² — around
//    each group's own mean (a window AVG), not Σv² − (Σv)²/n, which cancels catastrophically —
//    and, for the primary metric, exposures per (arm, day).
// Exposure holds one row per experiment × profile with the FIRST exposure's time, so the
// window always starts at the first exposure.

export const DAY_MS = 86_400_000;

/**
 * d², with deviations below 1e-150 (squares below 1e-300, nothing against any real spread)
 * taken as 0: PostgreSQL raises an error on floating-point underflow instead of rounding.
 */
const square = (d: string) => `CASE WHEN ABS(${d}) < 1e-150 THEN 0 ELSE (${d}) * (${d}) END`;

export type MetricSqlOptions = {
  workspaceId: string;
  experimentId: string;
  metric: Metric;
  /** For date operators in property filters (within_last …). */
  asOf: number;
  /** Exposures at or after this instant are counted apart (`recent`), for the sample-ratio check. */
  since?: number;
  /** Daily exposure (and, for conversions, conversion) counts per arm. */
  series: boolean;
};

/**
 * `fine`: rows are (arm, seg, xday, cday, users, recent) — conversion metrics; otherwise
 * kind-tagged rows ('g' groups with n, total, m2; 'x' exposures per day).
 */
export function compileMetricSql(dialectName: SegmentsDialectName, options: MetricSqlOptions): { sql: string; params: unknown[]; fine: boolean } {
  const dialect = SEGMENTS_DIALECTS[dialectName];
  const x = EXPERIMENTS_DIALECTS[dialectName];
  const params = dialect.params();
  const ctx = { dialect, params, asOf: options.asOf };
  const { metric } = options;

  const experiment = params.bind(options.experimentId, 'text');
  const join = [
    `e."profileId" = x."profileId"`,
    `e."workspaceId" = ${params.bind(options.workspaceId, 'text')}`,
    `e."name" = ${params.bind(metric.event, 'text')}`,
    `e."timestamp" >= x."exposedAt"`,
    `e."timestamp" < ${x.plusMs('x."exposedAt"', metric.windowDays * DAY_MS, params)}`,
    ...(metric.where ?? []).map((f) => `COALESCE(${predicateSql(f, dialect.json('e."properties"', f.field.split('.').slice(1), params), ctx)}, FALSE)`),
  ];

  let value: string;
  let converted: string;
  if (metric.kind === 'conversion') {
    converted = 'MIN(e."timestamp")';
    value = `CASE WHEN COUNT(e."profileId") > 0 THEN ${x.float('1')} ELSE ${x.float('0')} END`;
  } else {
    const number = dialect.json('e."properties"', metric.property.split('.').slice(1), params).number;
    converted = 'NULL';
    // A user without a qualifying number: 0 for a sum per user, no value for a mean per user.
    value = metric.aggregate === 'sum' ? `${x.float(`COALESCE(SUM(${number}), 0)`)}` : `${x.float(`AVG(${number})`)}`;
  }

  const since = options.since === undefined ? undefined : dialect.instantBound(options.since, 'lower', params);
  const recentOf = (at: string) => (since === undefined ? '1' : `CASE WHEN ${at} >= ${since} THEN 1 ELSE 0 END`);
  const perUser = `SELECT x."arm" AS arm, x."segmentKey" AS seg, x."exposedAt" AS at, ${value} AS v, ${converted} AS c
  FROM "Exposure" AS x LEFT JOIN "Event" AS e ON ${join.join('\n    AND ')}
  WHERE x."experimentId" = ${experiment}
  GROUP BY x."profileId", x."arm", x."segmentKey", x."exposedAt"`;

  if (metric.kind === 'conversion') {
    // 0/1 values need no spread from the database (it follows from the counts), so ONE grouping
    // by (arm, segment, exposure day, conversion day) gives the groups and the series alike.
    const fine = `SELECT u.arm AS arm, u.seg AS seg, ${x.epochDay('u.at')} AS xday, ${x.epochDay('u.c')} AS cday, ${recentOf('u.at')} AS recent FROM (${perUser}) AS u`;
    return {
      fine: true,
      sql: `SELECT f.arm AS arm, f.seg AS seg, f.xday AS xday, f.cday AS cday, COUNT(*) AS users, SUM(f.recent) AS recent
FROM (${fine}) AS f GROUP BY f.arm, f.seg, f.xday, f.cday`,
      params: params.values,
    };
  }
  const u = `u ${x.materialized} (\n  ${perUser}\n)`;
  const groups = `SELECT 'g' AS kind, w.arm AS arm, w.seg AS seg, ${x.nullOf('int')} AS day,
  COUNT(*) AS users, COUNT(w.v) AS n, ${x.float('SUM(w.v)')} AS total, ${x.float(`SUM(${square('w.v - w.m')})`)} AS m2, SUM(w.recent) AS recent
FROM (SELECT u.arm, u.seg, u.v, ${recentOf('u.at')} AS recent, AVG(u.v) OVER (PARTITION BY u.arm, u.seg) AS m FROM u) AS w
GROUP BY w.arm, w.seg`;
  const parts = [groups];
  if (options.series) {
    parts.push(`SELECT 'x' AS kind, u.arm AS arm, ${x.nullOf('text')} AS seg, ${x.epochDay('u.at')} AS day,
  COUNT(*) AS users, COUNT(*) AS n, ${x.nullOf('float')} AS total, ${x.nullOf('float')} AS m2, COUNT(*) AS recent
FROM u GROUP BY u.arm, ${x.epochDay('u.at')}`);
  }
  return { sql: `WITH ${u}\n${parts.join('\nUNION ALL\n')}`, params: params.values, fine: false };
}
