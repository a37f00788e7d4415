import { compilePattern } from '../regex';
import type { Predicate } from '../schema/predicates';
import { parseTraitDate } from '../values/dates';
import { durationMs } from '../values/durations';

// One operator applied to one JSON value. The rules every engine must reproduce:
//  - nothing is coerced: "31" is not 31, "true" is not true, epoch numbers are not dates;
//  - null and absent are both "missing"; "", [] and {} are set;
//  - a missing value or one of the wrong type fails every operator except is_not_set —
//    including the negative ones (neq, not_in, not_contains, not_includes);
//  - case-insensitive operators compare String.prototype.toLowerCase() forms, nothing more.
export type ValueTest = (value: unknown, asOf: number) => boolean;
export type DateTest = (ms: number | undefined, asOf: number) => boolean;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';

export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export type DatePredicate = Extract<Predicate, { operator: 'before' | 'after' | 'within_last' | 'not_within_last' }>;

export function isDatePredicate(p: Predicate): p is DatePredicate {
  return p.operator === 'before' || p.operator === 'after' || p.operator === 'within_last' || p.operator === 'not_within_last';
}

/** Date operators over an instant in ms; a future instant is neither within nor before the last N. */
export function compileDateTest(p: DatePredicate): DateTest {
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

export function compilePredicate(p: Predicate): ValueTest {
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
      const test = compileDateTest(p);
      return (v, asOf) => test(parseTraitDate(v), asOf);
    }
  }
}
