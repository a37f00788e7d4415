import { Growable } from '../storage/typed';
import type { LoadSink } from './load-sink';

// Events read in storage order (a sequential scan: the cheapest thing a database can do)
// grouped by profile in memory, with a counting sort: four numbers per event, about 18 bytes,
// for the duration of the build. Asking PostgreSQL to sort 20M rows instead spilled to disk
// and took longer than the whole build.
export class EventBuffer {
  private readonly profileIds = new Growable(Int32Array, 1 << 16);
  private readonly nameCodes = new Growable(Uint16Array, 1 << 16);
  private readonly timestamps = new Growable(Float64Array, 1 << 16);
  private readonly eventIds = new Growable(Int32Array, 1 << 16);
  private readonly names: string[] = [];
  private readonly nameBytes: Buffer[] = [];

  /** The code of the name held in line[from, to), decoded once per distinct name. */
  nameCode(line: Buffer, from: number, to: number, decode: () => string): number {
    // Names are short and few: a byte loop beats a native call per row.
    for (let k = 0; k < this.nameBytes.length; k++) {
      const known = this.nameBytes[k];
      if (known.length !== to - from) continue;
      let same = true;
      for (let i = 0; same && i < known.length; i++) same = known[i] === line[from + i];
      if (same) return k;
    }
    const name = decode();
    const k = this.names.indexOf(name);
    if (k >= 0) return k;
    if (this.names.length >= 0xffff) throw new Error('more than 65,535 distinct event names');
    this.names.push(name);
    this.nameBytes.push(Buffer.from(line.subarray(from, to)));
    return this.names.length - 1;
  }

  add(profileId: number, nameCode: number, timestamp: number, eventId: number): void {
    this.profileIds.push(profileId);
    this.nameCodes.push(nameCode);
    this.timestamps.push(timestamp);
    this.eventIds.push(eventId);
  }

  /** Feeds the sink profile by profile, in the ascending id order of `ids` (the profiles loaded). */
  feed(sink: LoadSink, ids: readonly number[]): void {
    const slotOf = slotLookup(ids);
    const events = this.profileIds.length;
    const slots = new Int32Array(events);
    const starts = new Int32Array(ids.length + 1);
    for (let e = 0; e < events; e++) {
      const slot = slotOf(this.profileIds.array[e]);
      slots[e] = slot;
      if (slot >= 0) starts[slot + 1]++;
    }
    for (let s = 0; s < ids.length; s++) starts[s + 1] += starts[s];
    const order = new Int32Array(starts[ids.length]);
    const next = starts.slice(0, ids.length);
    for (let e = 0; e < events; e++) if (slots[e] >= 0) order[next[slots[e]]++] = e;
    // Per profile: by name, then time, then event id; each name's run goes in as one group.
    const names = this.nameCodes.array;
    const ts = this.timestamps.array;
    const eventIds = this.eventIds.array;
    const before = (x: number, y: number) => names[x] - names[y] || ts[x] - ts[y] || eventIds[x] - eventIds[y];
    const group: number[] = [];
    for (let slot = 0; slot < ids.length; slot++) {
      const from = starts[slot];
      const to = starts[slot + 1];
      if (to - from > 32) order.subarray(from, to).sort(before);
      else {
        for (let i = from + 1; i < to; i++) {
          const e = order[i];
          let j = i - 1;
          while (j >= from && before(order[j], e) > 0) {
            order[j + 1] = order[j];
            j--;
          }
          order[j + 1] = e;
        }
      }
      for (let i = from; i < to; ) {
        const name = names[order[i]];
        group.length = 0;
        for (; i < to && names[order[i]] === name; i++) group.push(ts[order[i]]);
        sink.eventGroup(ids[slot], this.names[name], group);
      }
    }
  }
}

/** profile id → slot for ids in ascending order: a direct table when ids are dense, else a search. */
function slotLookup(ids: readonly number[]): (id: number) => number {
  if (ids.length === 0) return () => -1;
  const min = ids[0];
  const span = ids[ids.length - 1] - min + 1;
  if (span <= ids.length * 8) {
    const table = new Int32Array(span).fill(-1);
    ids.forEach((id, slot) => (table[id - min] = slot));
    return (id) => (id >= min && id - min < span ? table[id - min] : -1);
  }
  return (id) => {
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid] < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < ids.length && ids[lo] === id ? lo : -1;
  };
}
