import { readPath } from '@/lib/segments';
import type { PropertyNeed } from './compile/property-needs';
import type { Column } from './storage/column';
import { ColumnBuilder } from './storage/column-builder';
import type { IndexData, Timeline } from './storage/index-data';

// Event property columns are loaded the first time a tree reads them (an index of page
// views must not hold every URL because one tree once asked for a path). A pure index keeps
// raw properties and builds columns from them; a database index asks its source.
export interface PropertySource {
  /**
   * The column of `key` over every event of the timeline, in timeline order. Slots where
   * `live` is false may be left missing. `stale` lists slots whose stored events no longer
   * match the timeline (changed since the build, change not yet applied).
   */
  load(timeline: Timeline, key: string, live: (slot: number) => boolean): Promise<{ column: Column; stale: number[] }>;
}

export class PropertyColumns {
  onStale?: (slots: number[]) => void;
  private readonly loading = new Map<string, Promise<void>>();

  constructor(
    private readonly data: IndexData,
    private readonly source: PropertySource | undefined,
    private readonly live: (slot: number) => boolean,
  ) {}

  /** A loaded column (made from raw properties when the index keeps them). */
  get(timeline: Timeline, key: string): Column | undefined {
    const known = timeline.properties.get(key);
    if (known) return known;
    if (!timeline.raw) throw new Error(`property column ${timeline.name}.${key} was not loaded`);
    const path = key.split('.');
    const builder = new ColumnBuilder();
    timeline.raw.forEach((properties, position) => builder.add(position, readPath(properties, path)));
    const column = builder.finishDense(timeline.ts.length);
    timeline.properties.set(key, column);
    return column;
  }

  async ensure(needs: readonly PropertyNeed[]): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const { event, key } of needs) {
      const timeline = this.data.timelines.get(event);
      if (!timeline || timeline.properties.has(key) || timeline.raw) continue;
      if (!this.source) throw new Error(`property column ${event}.${key} was not loaded and the index has no source`);
      const id = `${event}\u0000${key}`;
      let load = this.loading.get(id);
      if (!load) {
        load = this.source.load(timeline, key, this.live).then(
          ({ column, stale }) => {
            timeline.properties.set(key, column);
            this.loading.delete(id);
            if (stale.length > 0) this.onStale?.(stale);
          },
          (error) => {
            this.loading.delete(id);
            throw error;
          },
        );
        this.loading.set(id, load);
      }
      pending.push(load);
    }
    await Promise.all(pending);
  }
}
