import { readPath } from '@/lib/segments';
import type { Column } from '../storage/column';
import { ColumnBuilder } from '../storage/column-builder';
import type { Timeline } from '../storage/index-data';
import { Growable, shared } from '../storage/typed';

// Builds one event name's CSR timeline as slots arrive in ascending order. Offsets are
// filled lazily: the first event of slot s closes every slot before it.
export class TimelineBuilder {
  private readonly offsets = new Growable(Int32Array);
  private readonly ts = new Growable(Float64Array);
  private readonly raw: unknown[] | null;
  private readonly columns: { path: string[]; key: string; builder: ColumnBuilder }[];

  constructor(
    readonly name: string,
    /** Order in which names appeared: the per-slot sort groups by it. */
    readonly order: number,
    keepRaw: boolean,
    propertyPaths: readonly string[],
  ) {
    this.raw = keepRaw ? [] : null;
    this.columns = propertyPaths.map((key) => ({ key, path: key.split('.'), builder: new ColumnBuilder() }));
  }

  get count(): number {
    return this.ts.length;
  }

  append(slot: number, timestamp: number, properties: unknown): void {
    while (this.offsets.length <= slot) this.offsets.push(this.ts.length);
    const position = this.ts.length;
    this.ts.push(timestamp);
    if (this.raw) this.raw.push(properties);
    for (const column of this.columns) column.builder.add(position, readPath(properties, column.path));
  }

  finish(slots: number): Timeline {
    while (this.offsets.length <= slots) this.offsets.push(this.ts.length);
    const events = this.ts.length;
    const properties = new Map<string, Column>();
    // Property columns span every event of the name, so they are always dense.
    for (const column of this.columns) properties.set(column.key, column.builder.finishDense(events));
    const offsets = this.offsets.finish();
    const ts = this.ts.finish();
    return {
      name: this.name,
      offsets,
      ts,
      last: newestPerSlot(offsets, ts, slots),
      cache: {},
      properties,
      ...(this.raw ? { raw: this.raw } : {}),
    };
  }
}

export function newestPerSlot(offsets: Int32Array, ts: Float64Array, slots: number): Float64Array {
  const last = shared(Float64Array, slots);
  for (let s = 0; s < slots; s++) last[s] = offsets[s + 1] > offsets[s] ? ts[offsets[s + 1] - 1] : Number.NaN;
  return last;
}
