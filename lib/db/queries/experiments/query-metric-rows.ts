import { registerSegmentFunctions } from '@/lib/db/dialects/segments-sqlite';
import type { RawDb } from '@/lib/db/raw';
import type { MetricRows } from '@/lib/experiments/results/types';
import { sqliteBindings } from '@/lib/segments/sql/run-tree-sql';
import { type MetricSqlOptions, compileMetricSql } from './metric-sql';

type Row = { kind: string; arm: string; seg: string | null; day: unknown; users: unknown; n: unknown; total: unknown; m2: unknown; recent: unknown };

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** The aggregated rows of one metric (see metric-sql.ts), in one statement, so one snapshot. */
export async function queryMetricRows(db: RawDb, options: MetricSqlOptions): Promise<MetricRows> {
  const { sql, params } = compileMetricSql(db.dialect, options);
  let rows: Row[];
  if (db.dialect === 'sqlite') {
    registerSegmentFunctions(db.sqlite); // property filters call the core's own functions
    rows = db.sqlite.prepare(sql).all(sqliteBindings(params)) as Row[];
  } else {
    rows = (await db.pool.query(sql, params)).rows as Row[];
  }
  const out: MetricRows = { groups: [], exposureDays: [], conversionDays: [] };
  for (const r of rows) {
    if (r.kind === 'g') {
      out.groups.push({ arm: r.arm, segmentKey: r.seg ?? null, users: num(r.users), n: num(r.n), total: num(r.total), m2: num(r.m2), recent: num(r.recent) });
    } else {
      (r.kind === 'x' ? out.exposureDays : out.conversionDays).push({ arm: r.arm, day: num(r.day), count: num(r.users) });
    }
  }
  return out;
}
