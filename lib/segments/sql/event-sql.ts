import type { EventCondition } from '@/lib/segments';
import { parseInstant } from '@/lib/segments';
import type { EventAggregate } from '@/lib/db/dialects/segments-base';
import { COLUMNS, EV, EVENT_ALIAS, SEEN_FIRST, SEEN_LAST, TABLES, measureColumn } from './columns';
import { type PredicateContext, durationMs, predicateSql } from './predicate-sql';

// Event conditions become per-profile measures. Each distinct measure (event name, filters,
// window, measure, property) is built once, whatever the number of conditions comparing it,
// as aggregates over the profile's events at or before asOf that pass its filter. The
// dialect decides how profiles meet their events (SegmentsDialect.events):
//  - grouped: ONE pass over the workspace's events, grouped by profile (the `ev` CTE, one
//    column per aggregate with FILTER (WHERE …)), LEFT JOINed to the profiles;
//  - correlated: each aggregate a subquery per profile, its filter the WHERE of an index
//    range scan on (profileId, name, timestamp), evaluated only where the walk reaches it.
// Either way a profile without matching events reads count, distinct_days and sum as 0 and
// avg/min/max as NULL (missing), as in the core.

const COMPARE = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '=', neq: '<>' } as const;

export class EventAggregates {
  private readonly columns: string[] = [];
  /** Per-event values computed once per event row, before aggregation (see perEvent). */
  private readonly values: string[] = [];
  private readonly measures = new Map<string, string>();
  private readonly names = new Set<string>();
  private seen = false;
  /** The earliest instant any measure's window reaches (−∞ with an `ever` window). */
  private earliest = Infinity;
  private asOfBound?: string;

  constructor(
    private readonly ctx: PredicateContext,
    /** The workspace id's placeholder. */
    private readonly workspace: string,
  ) {}

  private get grouped(): boolean {
    return this.ctx.dialect.events === 'grouped';
  }

  /** Earliest / latest event at or before asOf, any name (firstSeenAt / lastSeenAt). */
  seenColumn(which: 'first' | 'last'): string {
    if (!this.grouped) return this.correlated(`${which === 'first' ? 'MIN' : 'MAX'}(${COLUMNS.eventTime})`, 'TRUE');
    this.seen = true;
    return which === 'first' ? SEEN_FIRST : SEEN_LAST;
  }

  condition(c: EventCondition): string {
    const measure = this.measure(c);
    const { params } = this.ctx;
    const num = (x: number) => params.bind(x, 'float8');
    if (c.operator === 'between') return `${measure} BETWEEN ${num(c.value[0])} AND ${num(c.value[1])}`;
    return `${measure} ${COMPARE[c.operator]} ${num(c.value)}`;
  }

  private measure(c: EventCondition): string {
    const key = JSON.stringify([c.event, c.where ?? [], c.window, c.measure, c.property ?? null]);
    const known = this.measures.get(key);
    if (known) return known;
    const { dialect, params } = this.ctx;
    this.names.add(c.event);
    const filter = [`${COLUMNS.eventName} = ${params.shared(c.event, 'text')}`, ...this.window(c)];
    for (const f of c.where ?? []) {
      const value = dialect.json(COLUMNS.eventProperties, f.field.split('.').slice(1), params);
      filter.push(`COALESCE(${predicateSql(f, value, this.ctx)}, FALSE)`);
    }
    const where = filter.join(' AND ');
    const index = this.measures.size;
    const own = (aggregates: EventAggregate[]) => aggregates.map((a, part) => this.aggregate(a, measureColumn(index, part)));
    let sql: string;
    if (c.measure === 'count' || c.measure === 'distinct_days') {
      const counted = c.measure === 'count' ? '*' : `DISTINCT ${dialect.utcDay(COLUMNS.eventTime)}`;
      sql = `COALESCE(${own([{ expr: `COUNT(${counted})`, filter: where }])[0]}, 0)`;
    } else {
      const path = c.property!.split('.').slice(1);
      const x = this.perEvent(dialect.json(COLUMNS.eventProperties, path, params).number, where);
      if (c.measure === 'sum' || c.measure === 'avg') {
        const m = dialect.exactSum(c.measure, where, x);
        const value = m.value(own(m.aggregates));
        sql = c.measure === 'sum' ? `COALESCE(${value}, 0)` : value;
      } else {
        sql = own([{ expr: `${c.measure === 'min' ? 'MIN' : 'MAX'}(${x})`, filter: where }])[0];
      }
    }
    sql = `(${sql})`;
    this.measures.set(key, sql);
    return sql;
  }

  private aggregate(a: EventAggregate, alias: string): string {
    if (!this.grouped) return this.correlated(a.expr, a.filter);
    this.columns.push(`${a.expr} FILTER (WHERE ${a.filter}) AS ${alias}`);
    return `${EV}.${alias}`;
  }

  /** One aggregate over this profile's events at or before asOf that pass `filter`. */
  private correlated(expr: string, filter: string): string {
    const { dialect, params, asOf } = this.ctx;
    this.asOfBound ??= dialect.instantBound(asOf, 'upper', params);
    return `(SELECT ${expr} FROM ${TABLES.event} WHERE ${COLUMNS.eventProfile} = ${COLUMNS.profileId}
      AND ${COLUMNS.eventWorkspace} = ${this.workspace} AND ${COLUMNS.eventTime} <= ${this.asOfBound} AND ${filter})`;
  }

  /**
   * A property's number, computed once per event. PostgreSQL evaluates an expression at every
   * place it appears, and the exact sum reads its input a dozen times (jsonb → float8 each
   * time), so in the grouped pass it becomes a column of a subquery kept apart by OFFSET 0.
   * SQLite hands it to a single aggregate call and keeps it inline.
   */
  private perEvent(x: string, where: string): string {
    if (!this.grouped || this.ctx.dialect.name !== 'postgres') return x;
    const name = `v${this.values.length}`;
    this.values.push(`CASE WHEN ${where} THEN ${x} END AS ${name}`);
    return `${EVENT_ALIAS}.${name}`;
  }

  /** The `ev` common table expression of the grouped pass, or undefined when there is none. */
  cte(): string | undefined {
    if (!this.grouped || (this.columns.length === 0 && !this.seen)) return undefined;
    const { dialect, params, asOf } = this.ctx;
    const columns = [...this.columns];
    if (this.seen) columns.push(`MIN(${COLUMNS.eventTime}) AS seen_first`, `MAX(${COLUMNS.eventTime}) AS seen_last`);
    const where = [`${COLUMNS.eventWorkspace} = ${this.workspace}`, `${COLUMNS.eventTime} <= ${dialect.instantBound(asOf, 'upper', params)}`];
    // First/last seen look at every event; otherwise only the named ones in the widest window
    // need reading, which the (workspaceId, name, timestamp) index serves as range scans.
    if (!this.seen) {
      where.push(dialect.inList(COLUMNS.eventName, [...this.names], params));
      if (Number.isFinite(this.earliest)) where.push(`${COLUMNS.eventTime} >= ${dialect.instantBound(this.earliest, 'lower', params)}`);
    }
    const from =
      this.values.length === 0
        ? `${TABLES.event}\n  WHERE ${where.join(' AND ')}`
        : `(SELECT ${EVENT_ALIAS}.*, ${this.values.join(', ')} FROM ${TABLES.event} WHERE ${where.join(' AND ')} OFFSET 0) AS ${EVENT_ALIAS}`;
    return `${EV} AS (SELECT ${COLUMNS.eventProfile} AS pid, ${columns.join(',\n    ')}
  FROM ${from}
  GROUP BY ${COLUMNS.eventProfile})`;
  }

  private window(c: EventCondition): string[] {
    const { dialect, params, asOf } = this.ctx;
    const t = COLUMNS.eventTime;
    const w = c.window;
    if (w.type === 'ever') {
      this.earliest = -Infinity;
      return [];
    }
    const [from, to] = w.type === 'last' ? [asOf - durationMs(w), asOf] : [parseInstant(w.from)!, Math.min(parseInstant(w.to)!, asOf)];
    this.earliest = Math.min(this.earliest, from);
    return [`${t} >= ${dialect.instantBound(from, 'lower', params)}`, `${t} <= ${dialect.instantBound(to, 'upper', params)}`];
  }
}
