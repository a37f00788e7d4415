import type { ArrayElements, Column, StoredColumn } from './column';
import { DictionaryBuilder } from './dictionary';
import { STRING_BASE, TAG_ARRAY, TAG_MISSING, TAG_NUMBER, tagOf } from './tags';
import { Growable, codeArrayFor, shared, sharedCopy } from './typed';

// Collects (row, value) pairs for one column, rows in ascending order, and turns them into a
// dense column, or a sparse one when few rows hold the path (a trait a handful of profiles
// have must not cost a byte for every profile).
const SPARSE_BELOW = 1 / 8;

export class ColumnBuilder {
  private readonly dict = new DictionaryBuilder();
  private readonly rows = new Growable(Int32Array);
  private readonly codes = new Growable(Int32Array);
  private nums: Growable<Float64Array> | null = null;
  /** Entry index of every array, then its elements. */
  private readonly arrayEntries = new Growable(Int32Array);
  private readonly arrayOffsets = new Growable(Int32Array);
  private readonly elementCodes = new Growable(Int32Array);
  private elementNums: Growable<Float64Array> | null = null;

  get count(): number {
    return this.rows.length;
  }

  add(row: number, value: unknown): void {
    if (typeof value === 'string') {
      this.push(row, STRING_BASE + this.dict.intern(value), 0);
      return;
    }
    const tag = tagOf(value);
    if (tag === TAG_MISSING) return;
    if (tag === TAG_ARRAY) {
      this.arrayEntries.push(this.rows.length);
      this.arrayOffsets.push(this.elementCodes.length);
      for (const item of value as unknown[]) this.pushElement(item);
    }
    this.push(row, tag, tag === TAG_NUMBER ? (value as number) : 0);
  }

  finish(length: number): StoredColumn {
    const count = this.rows.length;
    const sparse = length > 1024 && count < length * SPARSE_BELOW;
    if (!sparse) return this.build(length, (k) => this.rows.array[k]);
    const rows = this.rows.finish();
    return { kind: 'sparse', length, rows, packed: this.build(count, (k) => k) };
  }

  /** Always dense: event property columns, read row by row for every event. */
  finishDense(length: number): Column {
    return this.build(length, (k) => this.rows.array[k]);
  }

  private push(row: number, code: number, num: number): void {
    if (code === TAG_NUMBER && !this.nums) {
      this.nums = new Growable(Float64Array, this.codes.array.length);
      this.nums.length = this.codes.length;
    }
    this.rows.push(row);
    this.codes.push(code);
    if (this.nums) {
      this.nums.reserve(1);
      this.nums.array[this.nums.length++] = num;
    }
  }

  private pushElement(item: unknown): void {
    const code = typeof item === 'string' ? STRING_BASE + this.dict.intern(item) : tagOf(item);
    if (code === TAG_NUMBER && !this.elementNums) {
      this.elementNums = new Growable(Float64Array, this.elementCodes.array.length);
      this.elementNums.length = this.elementCodes.length;
    }
    this.elementCodes.push(code);
    if (this.elementNums) {
      this.elementNums.reserve(1);
      this.elementNums.array[this.elementNums.length++] = code === TAG_NUMBER ? (item as number) : 0;
    }
  }

  /** A dense column of `length` rows where entry k lands on row position(k). */
  private build(length: number, position: (k: number) => number): Column {
    const dict = this.dict.finish();
    const count = this.rows.length;
    const codes = codeArrayFor(STRING_BASE + dict.size, length);
    const nums = this.nums ? shared(Float64Array, length) : null;
    for (let k = 0; k < count; k++) {
      const at = position(k);
      codes[at] = this.codes.array[k];
      if (nums) nums[at] = this.nums!.array[k];
    }
    return { kind: 'dense', length, codes, nums, dict, arrays: this.buildArrays(dict.size, position), cache: {} };
  }

  private buildArrays(dictSize: number, position: (k: number) => number): ArrayElements | null {
    const arrays = this.arrayEntries.length;
    if (arrays === 0) return null;
    const rows = shared(Int32Array, arrays);
    for (let a = 0; a < arrays; a++) rows[a] = position(this.arrayEntries.array[a]);
    const offsets = shared(Int32Array, arrays + 1);
    offsets.set(this.arrayOffsets.array.subarray(0, arrays));
    offsets[arrays] = this.elementCodes.length;
    const codes = codeArrayFor(STRING_BASE + dictSize, this.elementCodes.length);
    for (let e = 0; e < this.elementCodes.length; e++) codes[e] = this.elementCodes.array[e];
    const nums = this.elementNums ? sharedCopy(Float64Array, this.elementNums.array, this.elementNums.length) : null;
    return { rows, offsets, codes, nums };
  }
}
