import { registerSegmentFunctions } from '@/lib/db/dialects/segments-sqlite';
import type { RawDb } from '@/lib/db/raw';
import type { DayRow, GroupRow, MetricRows } from '@/lib/experiments/results/types';
import { sqliteBindings } from '@/lib/segments/sql/run-tree-sql';
import { type MetricSqlOptions, compileMetricSql } from './metric-sql';

type Row = Record<string, unknown> & { arm: string; seg: string | null };

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** The aggregated rows of one metric (see metric-sql.ts), in one statement, so one snapshot. */
export async function queryMetricRows(db: RawDb, options: MetricSqlOptions): Promise<MetricRows> {
  const { sql, params, fine } = compileMetricSql(db.dialect, options);
  let rows: Row[];
  if (db.dialect === 'sqlite') {
    registerSegmentFunctions(db.sqlite); // property filters call the core's own functions
    rows = db.sqlite.prepare(sql).all(sqliteBindings(params)) as Row[];
  } else {
    rows = (await db.pool.query(sql, params)).rows as Row[];
  }
  return fine ? fromConversionRows(rows, options.series) : fromKindRows(rows);
}

function fromKindRows(rows: Row[]): MetricRows {
  const out: MetricRows = { groups: [], exposureDays: [], conversionDays: [] };
  for (const r of rows) {
    if (r.kind === 'g') {
      out.groups.push({ arm: r.arm, segmentKey: r.seg ?? null, users: num(r.users), n: num(r.n), total: num(r.total), m2: num(r.m2), recent: num(r.recent) });
    } else {
      out.exposureDays.push({ arm: r.arm, day: num(r.day), count: num(r.users) });
    }
  }
  return out;
}

/** (arm, seg, xday, cday) counts → groups and daily series; the spread of 0/1 values from the counts. */
function fromConversionRows(rows: Row[], series: boolean): MetricRows {
  const groups = new Map<string, GroupRow>();
  const days = { x: new Map<string, DayRow>(), c: new Map<string, DayRow>() };
  const addDay = (into: Map<string, DayRow>, arm: string, day: number, count: number) => {
    const key = `${arm}\u0000${day}`;
    const row = into.get(key) ?? into.set(key, { arm, day, count: 0 }).get(key)!;
    row.count += count;
  };
  for (const r of rows) {
    const users = num(r.users);
    const converted = r.cday !== null && r.cday !== undefined;
    const key = JSON.stringify([r.arm, r.seg ?? null]);
    const g = groups.get(key) ?? groups.set(key, { arm: r.arm, segmentKey: r.seg ?? null, users: 0, n: 0, total: 0, m2: 0, recent: 0 }).get(key)!;
    g.users += users;
    g.n += users;
    g.recent += num(r.recent);
    if (converted) g.total += users;
    if (series) {
      addDay(days.x, r.arm, num(r.xday), users);
      if (converted) addDay(days.c, r.arm, num(r.cday), users);
    }
  }
  for (const g of groups.values()) {
    const p = g.n ? g.total / g.n : 0;
    g.m2 = g.total * (1 - p) ** 2 + (g.n - g.total) * p ** 2;
  }
  return { groups: [...groups.values()], exposureDays: [...days.x.values()], conversionDays: [...days.c.values()] };
}
