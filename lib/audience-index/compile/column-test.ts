import { type DatePredicate, type Predicate, compilePredicate, durationMs, isDatePredicate, parseTraitDate } from '@/lib/segments';
import type { Column } from '../storage/column';
import { STRING_BASE, TAG_ARRAY, TAG_NUMBER, TAG_REPRESENTATIVE } from '../storage/tags';
import { codeMaskBits, numberBits } from './bits';
import { type Expr, COST, constant, test } from './expr';
import { includesMask } from './includes-mask';
import { type NumberOp, numberRule } from './value-test';

// One predicate over one column, as a row test. The predicate (value-test.ts) is asked once
// per type tag and once per dictionary entry — lazily, the first time a row with that
// string is reached, and remembered on the column for later previews — so a row costs a
// couple of array reads. Numbers compare directly, dates compare the entry's parsed
// instant (parsed once per entry for the life of the index), arrays read an includes mask.

export interface StringView {
  /** Cache key of the view, including anything it depends on (asOf). */
  key: string;
  /** What the predicate sees for a string row (local hour of a time-zone name, …). */
  map: (s: string) => unknown;
}

const MAX_MASKS_PER_COLUMN = 64;

export function compareNumber(op: NumberOp, v: number, lo: number, hi: number): boolean {
  switch (op) {
    case 'eq': return v === lo;
    case 'neq': return v !== lo;
    case 'gt': return v > lo;
    case 'gte': return v >= lo;
    case 'lt': return v < lo;
    case 'lte': return v <= lo;
    case 'between': return v >= lo && v <= hi;
  }
}

/** Answers per dictionary entry (−1 not asked yet), shared by every preview asking the same. */
function stringMask(column: Column, key: string): Int8Array {
  const masks = (column.cache.masks ??= new Map());
  let mask = masks.get(key);
  if (!mask) {
    if (masks.size >= MAX_MASKS_PER_COLUMN) masks.clear();
    mask = new Int8Array(column.dict.size).fill(-1);
    masks.set(key, mask);
  }
  return mask;
}

/** Up to this many distinct strings, a predicate is asked for all of them at compile time. */
const EAGER_UP_TO = 4096;

/**
 * A per-row test over strings through a mask per dictionary entry; other rows answer by
 * tag. Small dictionaries get one answer per code, so a row costs one read; large ones
 * (e-mails) ask the predicate lazily, only for strings some row actually reaches.
 */
function maskedTest(column: Column, key: string, onString: (s: string) => boolean, tags: Uint8Array): Expr {
  const { codes, dict } = column;
  const mask = stringMask(column, key);
  if (dict.size <= EAGER_UP_TO) {
    const answers = new Uint8Array(STRING_BASE + dict.size);
    answers.set(tags);
    for (let k = 0; k < dict.size; k++) {
      if (mask[k] < 0) mask[k] = onString(dict.get(k)) ? 1 : 0;
      answers[STRING_BASE + k] = mask[k];
    }
    return test((i) => answers[codes[i]] === 1, COST.column, codeMaskBits(codes, answers));
  }
  return test((i) => {
    const c = codes[i];
    if (c < STRING_BASE) return tags[c] === 1;
    const k = c - STRING_BASE;
    let m = mask[k];
    if (m < 0) m = mask[k] = onString(dict.get(k)) ? 1 : 0;
    return m === 1;
  });
}

export function columnTest(column: Column | undefined, p: Predicate, asOf: number, view?: StringView): Expr {
  const check = compilePredicate(p);
  // Without the column every row is missing.
  if (!column) return constant(check(undefined, asOf));
  if (view) {
    // Rows that hold no string see nothing through the view (no time zone: no local hour).
    const tags = new Uint8Array(STRING_BASE).fill(check(undefined, asOf) ? 1 : 0);
    return maskedTest(column, `${view.key}|${JSON.stringify(p)}`, (s) => check(view.map(s), asOf), tags);
  }
  if (isDatePredicate(p)) return dateTest(column, p, asOf);
  const { codes, nums, dict } = column;
  if (p.operator === 'eq' && typeof p.value === 'string') {
    const code = dict.find(p.value);
    if (code < 0) return constant(false);
    const target = STRING_BASE + code;
    if (dict.size <= EAGER_UP_TO) {
      const answers = new Uint8Array(STRING_BASE + dict.size);
      answers[target] = 1;
      return test((i) => codes[i] === target, COST.column, codeMaskBits(codes, answers));
    }
    return test((i) => codes[i] === target);
  }
  const numeric = numberRule(p);
  if (typeof numeric === 'object') {
    // Only finite numbers can satisfy a numeric comparison.
    if (!nums) return constant(false);
    const { op, lo, hi } = numeric;
    return test((i) => codes[i] === TAG_NUMBER && compareNumber(op, nums[i], lo, hi), COST.column, numberBits(codes, nums, op, lo, hi));
  }
  if (p.operator === 'includes' || p.operator === 'not_includes') {
    // Only arrays can (not) include something.
    const rows = includesMask(column, p.value);
    const wanted = p.operator === 'includes' ? 1 : 0;
    return test((i) => codes[i] === TAG_ARRAY && rows[i] === wanted);
  }
  const tags = new Uint8Array(STRING_BASE);
  TAG_REPRESENTATIVE.forEach((v, tag) => (tags[tag] = check(v, asOf) ? 1 : 0));
  if (!dependsOnString(p)) {
    const everyString = check('', asOf);
    if (dict.size <= EAGER_UP_TO) {
      const answers = new Uint8Array(STRING_BASE + dict.size).fill(everyString ? 1 : 0);
      answers.set(tags);
      return test((i) => answers[codes[i]] === 1, COST.column, codeMaskBits(codes, answers));
    }
    return test((i) => {
      const c = codes[i];
      return c >= STRING_BASE ? everyString : tags[c] === 1;
    });
  }
  return maskedTest(column, JSON.stringify(p), (s) => check(s, asOf), tags);
}

/** Date operators read strings only; each entry's instant is parsed once per index. */
function dateTest(column: Column, p: DatePredicate, asOf: number): Expr {
  const { codes, dict } = column;
  const dates = (column.cache.dates ??= new Float64Array(dict.size).fill(Number.POSITIVE_INFINITY));
  // The evaluator's comparisons (compileDateTest of lib/segments), with asOf − N computed the same way.
  let op: NumberOp;
  let lo: number;
  let hi = 0;
  switch (p.operator) {
    case 'before': op = 'lt'; lo = parseTraitDate(p.value)!; break;
    case 'after': op = 'gt'; lo = parseTraitDate(p.value)!; break;
    case 'within_last': op = 'between'; lo = asOf - durationMs(p.value); hi = asOf; break;
    case 'not_within_last': op = 'lt'; lo = asOf - durationMs(p.value); break;
  }
  return test((i) => {
    const c = codes[i];
    if (c < STRING_BASE) return false;
    const k = c - STRING_BASE;
    let ms = dates[k];
    if (ms === Number.POSITIVE_INFINITY) ms = dates[k] = parseTraitDate(dict.get(k)) ?? Number.NaN;
    return ms === ms && compareNumber(op, ms, lo, hi);
  });
}

/** Whether the answer for a string row depends on which string it is. */
function dependsOnString(p: Predicate): boolean {
  switch (p.operator) {
    case 'eq':
    case 'neq':
      return typeof p.value === 'string';
    case 'in':
    case 'not_in':
    case 'contains':
    case 'not_contains':
    case 'starts_with':
    case 'ends_with':
    case 'matches':
      return true;
    default:
      return false;
  }
}
