import { MAX_PATH_SEGMENTS, TRAIT_PATH, isPlainObject } from '@/lib/segments';
import type { StoredColumn } from '../storage/column';
import { ColumnBuilder } from '../storage/column-builder';

// Flattens a JSON object per row into one column per reachable path ("address.city"), the
// way the evaluator's readPath walks it: own keys of plain objects only, arrays never
// indexed, at most MAX_PATH_SEGMENTS deep. Keys a condition cannot name (a dot, a space,
// a quote…) are skipped: no tree could ever read them.
const validKeys = new Map<string, boolean>();
const MAX_REMEMBERED_KEYS = 10_000;

export function isPathSegment(key: string): boolean {
  let valid = validKeys.get(key);
  if (valid === undefined) {
    valid = !key.includes('.') && TRAIT_PATH.test(`traits.${key}`);
    if (validKeys.size < MAX_REMEMBERED_KEYS) validKeys.set(key, valid);
  }
  return valid;
}

export class JsonColumns {
  private readonly builders = new Map<string, ColumnBuilder>();

  constructor(
    private readonly maxDepth = MAX_PATH_SEGMENTS,
    /** When set, only these top-level keys are kept (context fields). */
    private readonly only?: ReadonlySet<string>,
  ) {}

  addObject(row: number, value: unknown): void {
    if (isPlainObject(value)) this.walk(row, value, '', 1);
  }

  finish(length: number): Map<string, StoredColumn> {
    const columns = new Map<string, StoredColumn>();
    for (const [path, builder] of this.builders) columns.set(path, builder.finish(length));
    this.builders.clear();
    return columns;
  }

  private walk(row: number, object: Record<string, unknown>, prefix: string, depth: number): void {
    for (const key of Object.keys(object)) {
      if (depth === 1 && this.only && !this.only.has(key)) continue;
      if (!isPathSegment(key)) continue;
      const value = object[key];
      if (value === undefined || value === null) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      let builder = this.builders.get(path);
      if (!builder) this.builders.set(path, (builder = new ColumnBuilder()));
      builder.add(row, value);
      if (depth < this.maxDepth && isPlainObject(value)) this.walk(row, value, path, depth + 1);
    }
  }
}
