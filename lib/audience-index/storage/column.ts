import type { Dictionary } from './dictionary';
import { STRING_BASE, TAG_ARRAY, TAG_FALSE, TAG_NUMBER, TAG_OBJECT, TAG_OTHER, TAG_TRUE } from './tags';
import { byteSize, codeArrayFor, shared } from './typed';

// One JSON path (a trait, a context key, a score, an event property) as typed arrays: a
// code per row (type tag or dictionary string, see tags.ts), the numbers, and the elements
// of the rows that hold arrays. Columns never change after a build; what conditions derive
// from them (lower-case matches, parsed dates, includes) is cached next to them.
export type CodeArray = Uint8Array | Uint16Array | Int32Array;

export interface ArrayElements {
  /** Rows holding an array, ascending. */
  readonly rows: Int32Array;
  /** Elements of rows[k] are offsets[k] … offsets[k + 1] − 1. */
  readonly offsets: Int32Array;
  /** Element codes, strings coded in the column's dictionary. */
  readonly codes: CodeArray;
  readonly nums: Float64Array | null;
}

export interface ColumnCache {
  /** Per dictionary entry: parsed date ms, NaN when not a date, +Infinity until computed. */
  dates?: Float64Array;
  /** Per predicate key: a lazily filled answer per dictionary entry (−1 unknown, 0, 1). */
  masks?: Map<string, Int8Array>;
  /** Per value looked for: 1 for rows whose array holds it. */
  includes?: Map<string, Uint8Array>;
  /** The number of each row, NaN where the row holds no finite number (for sum/avg/min/max). */
  finite?: Float64Array;
  /** Event property columns: exact sum, count, min and max of every slot's values. */
  perSlot?: SlotAggregates;
}

export interface SlotAggregates {
  /** fsum of the slot's finite values (0 without any). */
  readonly sum: Float64Array;
  readonly count: Int32Array;
  /** sum / count as the evaluator divides it; NaN, like min and max, without values. */
  readonly avg: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

export interface Column {
  readonly kind: 'dense';
  readonly length: number;
  readonly codes: CodeArray;
  /** Meaningful where codes[i] === TAG_NUMBER. */
  readonly nums: Float64Array | null;
  readonly dict: Dictionary;
  readonly arrays: ArrayElements | null;
  readonly cache: ColumnCache;
}

/** A column most rows lack, stored as (row, value) pairs; made dense the first time a condition reads it. */
export interface SparseColumn {
  readonly kind: 'sparse';
  readonly length: number;
  readonly rows: Int32Array;
  /** The values of rows[k] at position k. */
  readonly packed: Column;
  dense?: Column;
}

export type StoredColumn = Column | SparseColumn;

export function denseColumn(column: StoredColumn): Column {
  if (column.kind === 'dense') return column;
  if (column.dense) return column.dense;
  const { rows, packed, length } = column;
  const codes = codeArrayFor(STRING_BASE + packed.dict.size, length);
  const nums = packed.nums ? shared(Float64Array, length) : null;
  for (let k = 0; k < rows.length; k++) {
    codes[rows[k]] = packed.codes[k];
    if (nums) nums[rows[k]] = packed.nums![k];
  }
  let arrays: ArrayElements | null = null;
  if (packed.arrays) {
    const arrayRows = shared(Int32Array, packed.arrays.rows.length);
    for (let k = 0; k < arrayRows.length; k++) arrayRows[k] = rows[packed.arrays.rows[k]];
    arrays = { ...packed.arrays, rows: arrayRows };
  }
  column.dense = { kind: 'dense', length, codes, nums, dict: packed.dict, arrays, cache: {} };
  return column.dense;
}

export function columnBytes(column: StoredColumn): number {
  const dense = column.kind === 'dense' ? column : column.packed;
  let total = byteSize(dense.codes) + byteSize(dense.nums) + dense.dict.bytes();
  if (dense.arrays) total += byteSize(dense.arrays.rows) + byteSize(dense.arrays.offsets) + byteSize(dense.arrays.codes) + byteSize(dense.arrays.nums);
  if (column.kind === 'sparse') total += byteSize(column.rows) + (column.dense ? columnBytes(column.dense) - dense.dict.bytes() : 0);
  return total;
}

/** First k with rows[k] === row, or −1. */
export function findRow(rows: Int32Array, row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo] === row ? lo : -1;
}

/** A scalar back as JSON: objects come back as {} (their keys are columns of their own). */
export function decodeScalar(code: number, num: number, dict: Dictionary): unknown {
  if (code >= STRING_BASE) return dict.get(code - STRING_BASE);
  switch (code) {
    case TAG_NUMBER: return num;
    case TAG_TRUE: return true;
    case TAG_FALSE: return false;
    case TAG_OBJECT: return {};
    case TAG_OTHER: return Number.NaN;
    default: return undefined;
  }
}

/** The value stored for `row`, arrays with their elements; undefined when missing. */
export function valueAt(column: StoredColumn, row: number): unknown {
  let dense: Column = column as Column;
  if (column.kind === 'sparse') {
    const k = findRow(column.rows, row);
    if (k < 0) return undefined;
    dense = column.packed;
    row = k;
  }
  const code = dense.codes[row];
  if (code !== TAG_ARRAY) return decodeScalar(code, dense.nums ? dense.nums[row] : 0, dense.dict);
  const arrays = dense.arrays!;
  const k = findRow(arrays.rows, row);
  const items: unknown[] = [];
  for (let e = arrays.offsets[k]; e < arrays.offsets[k + 1]; e++) {
    items.push(decodeScalar(arrays.codes[e], arrays.nums ? arrays.nums[e] : 0, dense.dict));
  }
  return items;
}
