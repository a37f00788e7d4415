import { EXPERIMENTS_DIALECTS } from '@/lib/db/dialects/experiments';
import type { SegmentsDialectName } from '@/lib/db/dialects/segments-base';
import type { Metric } from '@/lib/experiments/metrics';
import { SEGMENTS_DIALECTS } from '@/lib/segments/sql/compile-tree-sql';
import { predicateSql } from '@/lib/segments/sql/predicate-sql';

// One metric of one experiment → one parameterised statement (both databases). Shape:
//
//   WITH u AS MATERIALIZED (            -- one row per exposed profile
//     SELECT x.arm, x.segmentKey, x.exposedAt, <per-user value v>, <first conversion c>
//     FROM "Exposure" x LEFT JOIN "Event" e
//       ON e.profileId = x.profileId AND e.name = ? AND x.exposedAt <= e.timestamp < x.exposedAt + window
//          AND <property filters>
//     WHERE x.experimentId = ? GROUP BY the exposure)
//   SELECT 'g', arm, segment: users, n, Σv, Σ(v − mean)², exposures since the split   GROUP BY arm, segment
//   UNION ALL SELECT 'x', arm, exposure day, users                                     GROUP BY arm, day
//   UNION ALL SELECT 'c', arm, conversion day, converters                              GROUP BY arm, day
//
// The database aggregates; JavaScript only merges a handful of rows per arm (merge-groups.ts).
// Exposure holds one row per experiment × profile with the FIRST exposure's time, so the
// window always starts at the first exposure. Σ(v − mean)² is taken around each group's own
// mean (a window AVG), not as Σv² − (Σv)²/n, which cancels catastrophically.

export const DAY_MS = 86_400_000;

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

export function compileMetricSql(dialectName: SegmentsDialectName, options: MetricSqlOptions): { sql: string; params: unknown[] } {
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
  const recent = since === undefined ? 'COUNT(*)' : `SUM(CASE WHEN w.at >= ${since} THEN 1 ELSE 0 END)`;
  const u = `u ${x.materialized} (
  SELECT x."arm" AS arm, x."segmentKey" AS seg, x."exposedAt" AS at, ${value} AS v, ${converted} AS c
  FROM "Exposure" AS x LEFT JOIN "Event" AS e ON ${join.join('\n    AND ')}
  WHERE x."experimentId" = ${experiment}
  GROUP BY x."profileId", x."arm", x."segmentKey", x."exposedAt"
)`;
  const groups = `SELECT 'g' AS kind, w.arm AS arm, w.seg AS seg, ${x.nullOf('int')} AS day,
  COUNT(*) AS users, COUNT(w.v) AS n, ${x.float('SUM(w.v)')} AS total, ${x.float('SUM((w.v - w.m) * (w.v - w.m))')} AS m2, ${recent} AS recent
FROM (SELECT u.arm, u.seg, u.at, u.v, AVG(u.v) OVER (PARTITION BY u.arm, u.seg) AS m FROM u) AS w
GROUP BY w.arm, w.seg`;
  const parts = [groups];
  if (options.series) {
    const daily = (kind: string, column: string, where: string) =>
      `SELECT '${kind}' AS kind, u.arm AS arm, ${x.nullOf('text')} AS seg, ${x.epochDay(column)} AS day,
  COUNT(*) AS users, COUNT(*) AS n, ${x.nullOf('float')} AS total, ${x.nullOf('float')} AS m2, COUNT(*) AS recent
FROM u${where} GROUP BY u.arm, ${x.epochDay(column)}`;
    parts.push(daily('x', 'u.at', ''));
    if (metric.kind === 'conversion') parts.push(daily('c', 'u.c', ' WHERE u.c IS NOT NULL'));
  }
  return { sql: `WITH ${u}\n${parts.join('\nUNION ALL\n')}`, params: params.values };
}
