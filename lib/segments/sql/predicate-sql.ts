import type { Predicate } from '@/lib/segments';
import { parseTraitDate } from '@/lib/segments';
import type { JsonValueSql, SegmentsDialect, SqlParams } from '@/lib/db/dialects/segments-base';

// One operator applied to one value, as SQL: the rules of lib/segments/evaluate/predicate.ts.
// A missing value or one of the wrong type makes every operator false except is_not_set,
// negative ones included, so each test is "right type AND comparison". Operands are always
// bound; the fragment may be NULL where the value is missing, and the caller closes it with
// COALESCE(…, FALSE) before it meets NOT.

export type PredicateContext = { dialect: SegmentsDialect; params: SqlParams; asOf: number };

/** Fixed-length units (DESIGN.md "Windows"): no calendar or daylight-saving alignment. */
export const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 } as const;
export const durationMs = (d: { amount: number; unit: keyof typeof UNIT_MS }) => d.amount * UNIT_MS[d.unit];

const COMPARE = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

export function predicateSql(p: Predicate, v: JsonValueSql, ctx: PredicateContext): string {
  const { dialect, params } = ctx;
  const num = (x: number) => params.bind(x, 'float8');
  switch (p.operator) {
    case 'is_set':
      return v.isSet;
    case 'is_not_set':
      return `NOT (${v.isSet})`;
    case 'is_true':
      return v.isTrue;
    case 'is_false':
      return v.isFalse;
    case 'eq':
    case 'neq':
      // The operand's JSON type picks the comparison: eq 31 compares numbers, eq "31" strings.
      return typeof p.value === 'number'
        ? `${v.number} ${COMPARE[p.operator]} ${num(p.value)}`
        : `${v.text} ${COMPARE[p.operator]} ${params.bind(p.value, 'text')}`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return `${v.number} ${COMPARE[p.operator]} ${num(p.value)}`;
    case 'between':
      return `${v.number} BETWEEN ${num(p.value[0])} AND ${num(p.value[1])}`;
    case 'in':
      return `${v.isString} AND ${dialect.inList(v.text, p.value, params)}`;
    case 'not_in':
      return `${v.isString} AND NOT ${dialect.inList(v.text, p.value, params)}`;
    case 'contains':
    case 'starts_with':
    case 'ends_with':
      return `${v.isString} AND ${dialect.lowerMatch(p.operator, v.text, p.value.toLowerCase(), params)}`;
    case 'not_contains':
      return `${v.isString} AND NOT ${dialect.lowerMatch('contains', v.text, p.value.toLowerCase(), params)}`;
    case 'matches':
      return `${v.isString} AND ${dialect.regexMatch(v.text, p.value, params)}`;
    case 'includes':
    case 'not_includes':
      return v.arrayHas(p.value, p.operator === 'includes');
    case 'before':
    case 'after':
    case 'within_last':
    case 'not_within_last':
      return dateSql(p, v.date, ctx);
  }
}

type DatePredicate = Extract<Predicate, { operator: 'before' | 'after' | 'within_last' | 'not_within_last' }>;

/** A date value in ms (NULL when not a date) against the operand; a future date is neither within nor older. */
function dateSql(p: DatePredicate, ms: string, { params, asOf }: PredicateContext): string {
  const num = (x: number) => params.bind(x, 'float8');
  switch (p.operator) {
    case 'before':
      return `${ms} < ${num(operandMs(p.value))}`;
    case 'after':
      return `${ms} > ${num(operandMs(p.value))}`;
    case 'within_last':
      return `${ms} BETWEEN ${num(asOf - durationMs(p.value))} AND ${num(asOf)}`;
    case 'not_within_last':
      return `${ms} < ${num(asOf - durationMs(p.value))}`;
  }
}

export function operandMs(text: string): number {
  const ms = parseTraitDate(text);
  if (ms === undefined) throw new Error('A date operand passed validation but does not parse.');
  return ms;
}

/**
 * The same date tests on an instant column (first/last seen), kept as column comparisons
 * so they stay index-friendly; timestamps are whole milliseconds, so strict bounds become
 * inclusive ones (ms < x  ⇔  ms ≤ ⌈x⌉ − 1).
 */
export function instantSql(p: Predicate, column: string, ctx: PredicateContext): string {
  const { dialect, params, asOf } = ctx;
  const lower = (ms: number) => dialect.instantBound(ms, 'lower', params);
  const upper = (ms: number) => dialect.instantBound(ms, 'upper', params);
  switch (p.operator) {
    case 'is_set':
      return `${column} IS NOT NULL`;
    case 'is_not_set':
      return `${column} IS NULL`;
    case 'before':
      return `${column} <= ${upper(Math.ceil(operandMs(p.value)) - 1)}`;
    case 'after':
      return `${column} >= ${lower(Math.floor(operandMs(p.value)) + 1)}`;
    case 'within_last':
      return `${column} >= ${lower(asOf - durationMs(p.value))} AND ${column} <= ${upper(asOf)}`;
    case 'not_within_last':
      return `${column} <= ${upper(Math.ceil(asOf - durationMs(p.value)) - 1)}`;
    default:
      // The schema allows only date and presence operators on firstSeenAt / lastSeenAt.
      throw new Error(`Operator ${p.operator} does not apply to an instant.`);
  }
}
