import { type Predicate, compilePattern, parseTraitDate } from '@/lib/segments';

// The evaluator's predicate on one JSON value (lib/segments/evaluate/predicate.ts), which the
// core does not export. The index asks it once per dictionary entry and once per type tag,
// never per row, so a copy costs nothing at run time; the agreement tests hold it to the
// original on random values. Keep the two identical.
export type ValueTest = (value: unknown, asOf: number) => boolean;

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 } as const;
export const durationMs = (d: { amount: number; unit: keyof typeof UNIT_MS }) => d.amount * UNIT_MS[d.unit];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isSet = (v: unknown) => v !== undefined && v !== null;

export type DatePredicate = Extract<Predicate, { operator: 'before' | 'after' | 'within_last' | 'not_within_last' }>;
export type DateTest = (ms: number | undefined, asOf: number) => boolean;

export function isDatePredicate(p: Predicate): p is DatePredicate {
  return p.operator === 'before' || p.operator === 'after' || p.operator === 'within_last' || p.operator === 'not_within_last';
}

export function dateTest(p: DatePredicate): DateTest {
  switch (p.operator) {
    case 'before': {
      const at = parseTraitDate(p.value)!;
      return (ms) => ms !== undefined && ms < at;
    }
    case 'after': {
      const at = parseTraitDate(p.value)!;
      return (ms) => ms !== undefined && ms > at;
    }
    case 'within_last': {
      const span = durationMs(p.value);
      return (ms, asOf) => ms !== undefined && ms >= asOf - span && ms <= asOf;
    }
    case 'not_within_last': {
      const span = durationMs(p.value);
      return (ms, asOf) => ms !== undefined && ms < asOf - span;
    }
  }
}

export function valueTest(p: Predicate): ValueTest {
  switch (p.operator) {
    case 'is_set': return (v) => isSet(v);
    case 'is_not_set': return (v) => !isSet(v);
    case 'is_true': return (v) => v === true;
    case 'is_false': return (v) => v === false;
    case 'eq': {
      const x = p.value;
      return (v) => v === x;
    }
    case 'neq': {
      const x = p.value;
      return typeof x === 'number' ? (v) => isNumber(v) && v !== x : (v) => isString(v) && v !== x;
    }
    case 'gt': { const x = p.value; return (v) => isNumber(v) && v > x; }
    case 'gte': { const x = p.value; return (v) => isNumber(v) && v >= x; }
    case 'lt': { const x = p.value; return (v) => isNumber(v) && v < x; }
    case 'lte': { const x = p.value; return (v) => isNumber(v) && v <= x; }
    case 'between': {
      const [lo, hi] = p.value;
      return (v) => isNumber(v) && v >= lo && v <= hi;
    }
    case 'in': {
      const set = new Set(p.value);
      return (v) => isString(v) && set.has(v);
    }
    case 'not_in': {
      const set = new Set(p.value);
      return (v) => isString(v) && !set.has(v);
    }
    case 'contains': {
      const needle = p.value.toLowerCase();
      return (v) => isString(v) && v.toLowerCase().includes(needle);
    }
    case 'not_contains': {
      const needle = p.value.toLowerCase();
      return (v) => isString(v) && !v.toLowerCase().includes(needle);
    }
    case 'starts_with': {
      const needle = p.value.toLowerCase();
      return (v) => isString(v) && v.toLowerCase().startsWith(needle);
    }
    case 'ends_with': {
      const needle = p.value.toLowerCase();
      return (v) => isString(v) && v.toLowerCase().endsWith(needle);
    }
    case 'matches': {
      const pattern = compilePattern(p.value);
      return (v) => isString(v) && pattern.test(v);
    }
    case 'includes': {
      const x = p.value;
      return (v) => Array.isArray(v) && v.some((item) => item === x);
    }
    case 'not_includes': {
      const x = p.value;
      return (v) => Array.isArray(v) && !v.some((item) => item === x);
    }
    case 'before':
    case 'after':
    case 'within_last':
    case 'not_within_last': {
      const test = dateTest(p);
      return (v, asOf) => test(parseTraitDate(v), asOf);
    }
  }
}

/** Operators whose answer on a number row depends on the number. */
export type NumberOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'between';

/** How a predicate reads finite numbers: a comparison [op, lo, hi], or a constant answer. */
export function numberRule(p: Predicate): { op: NumberOp; lo: number; hi: number } | boolean {
  switch (p.operator) {
    case 'eq':
    case 'neq':
      return typeof p.value === 'number' ? { op: p.operator, lo: p.value, hi: p.value } : false;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { op: p.operator, lo: p.value, hi: p.value };
    case 'between':
      return { op: 'between', lo: p.value[0], hi: p.value[1] };
    default:
      // Every other operator answers the same for every finite number.
      return valueTest(p)(0, 0);
  }
}
