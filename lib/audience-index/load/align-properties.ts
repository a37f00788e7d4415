import type { Column } from '../storage/column';
import { ColumnBuilder } from '../storage/column-builder';
import type { IndexData, Timeline } from '../storage/index-data';
import { slotOfId } from '../storage/index-data';

// A property column read later than the timeline it belongs to must land on exactly the
// positions the timeline gave those events. Rows arrive per profile in the timeline's order
// (time, then event id); a profile's rows are taken only when their timestamps match the
// timeline one for one. Otherwise the profile changed since the build (ingest only adds
// events, erasure removes all): its values stay missing and it is reported stale, to be
// re-read into the overlay. Masked slots (already in the overlay) are skipped.
export class PropertyAligner {
  private readonly builder = new ColumnBuilder();
  private readonly stale: number[] = [];
  private profileId = Number.NaN;
  private readonly ts: number[] = [];
  private readonly values: unknown[] = [];

  constructor(
    private readonly data: IndexData,
    private readonly timeline: Timeline,
    private readonly live: (slot: number) => boolean,
  ) {}

  row(profileId: number, timestamp: number, value: unknown): void {
    if (profileId !== this.profileId) this.closeProfile(profileId);
    this.ts.push(timestamp);
    this.values.push(value);
  }

  finish(): { column: Column; stale: number[] } {
    this.closeProfile(Number.NaN);
    return { column: this.builder.finishDense(this.timeline.ts.length), stale: this.stale };
  }

  private closeProfile(next: number): void {
    if (this.ts.length > 0) {
      const slot = slotOfId(this.data, this.profileId);
      if (slot >= 0 && this.live(slot)) {
        const { offsets, ts } = this.timeline;
        const from = offsets[slot];
        let same = offsets[slot + 1] - from === this.ts.length;
        for (let k = 0; same && k < this.ts.length; k++) same = ts[from + k] === this.ts[k];
        if (same) for (let k = 0; k < this.values.length; k++) this.builder.add(from + k, this.values[k]);
        else this.stale.push(slot);
      }
    }
    this.profileId = next;
    this.ts.length = 0;
    this.values.length = 0;
  }
}
