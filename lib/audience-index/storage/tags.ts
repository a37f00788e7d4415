// One code per row says what a JSON value is, and for strings which dictionary entry: codes
// below STRING_BASE are type tags, a code ≥ STRING_BASE is the string with dictionary index
// (code − STRING_BASE). One small array then answers both "what type?" and "which string?",
// so a column of country names costs one byte per profile.
export const TAG_MISSING = 0; // absent or null: the evaluator treats both as missing
export const TAG_NUMBER = 1; // a finite number, kept in the column's Float64Array
export const TAG_TRUE = 2;
export const TAG_FALSE = 3;
export const TAG_ARRAY = 4;
export const TAG_OBJECT = 5;
/** Set but not a finite number, string, boolean, array or object (NaN, ±Infinity from non-JSON input). */
export const TAG_OTHER = 6;
export const STRING_BASE = 8;

/** The tag of a value that is not a string (strings are coded through a dictionary). */
export function tagOf(value: unknown): number {
  if (value === undefined || value === null) return TAG_MISSING;
  if (typeof value === 'number') return Number.isFinite(value) ? TAG_NUMBER : TAG_OTHER;
  if (value === true) return TAG_TRUE;
  if (value === false) return TAG_FALSE;
  if (Array.isArray(value)) return TAG_ARRAY;
  if (typeof value === 'object') return TAG_OBJECT;
  return TAG_OTHER;
}

/**
 * A value that behaves like every value of the tag under every operator, used to ask the
 * predicate once per tag instead of once per row. Arrays need their elements only for
 * includes / not_includes, which are answered per row.
 */
export const TAG_REPRESENTATIVE: readonly unknown[] = [undefined, 0, true, false, [], {}, Number.NaN];
