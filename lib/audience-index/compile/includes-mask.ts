import type { Column } from '../storage/column';
import { STRING_BASE, TAG_FALSE, TAG_NUMBER, TAG_TRUE } from '../storage/tags';

// includes / not_includes: one pass over the array elements marks the rows whose array
// holds the value (strict equality, as the evaluator's `some(item => item === x)`), so a
// row test is one read. Masks are kept on the column for later previews.
const MAX_MASKS_PER_COLUMN = 32;

export function includesMask(column: Column, x: string | number | boolean): Uint8Array {
  const cache = (column.cache.includes ??= new Map());
  const key = `${typeof x}:${String(x)}`;
  const known = cache.get(key);
  if (known) return known;
  const rows = new Uint8Array(column.length);
  const arrays = column.arrays;
  if (arrays) {
    const { codes, nums, offsets } = arrays;
    let matches: (e: number) => boolean;
    if (typeof x === 'string') {
      const target = STRING_BASE + column.dict.find(x);
      matches = target < STRING_BASE ? () => false : (e) => codes[e] === target;
    } else if (typeof x === 'number') {
      matches = nums ? (e) => codes[e] === TAG_NUMBER && nums[e] === x : () => false;
    } else {
      const target = x ? TAG_TRUE : TAG_FALSE;
      matches = (e) => codes[e] === target;
    }
    for (let k = 0; k < arrays.rows.length; k++) {
      for (let e = offsets[k]; e < offsets[k + 1]; e++) {
        if (matches(e)) {
          rows[arrays.rows[k]] = 1;
          break;
        }
      }
    }
  }
  if (cache.size >= MAX_MASKS_PER_COLUMN) cache.clear();
  cache.set(key, rows);
  return rows;
}
