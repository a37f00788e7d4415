import { type Column, type StoredColumn, columnBytes } from './column';
import type { StringTable } from './string-table';
import { byteSize } from './typed';

// The columnar snapshot of one workspace: profiles in dense slots, their JSON as columns,
// and per event name a CSR timeline (offsets per slot into timestamps sorted within each
// slot). Immutable once built, except for event property columns, which are added the
// first time a tree reads them.

/** consent.personalization as stored: the only values the consent rule distinguishes. */
export const CONSENT_TRUE = 1;
export const CONSENT_FALSE = 2;
export const CONSENT_OTHER = 3;

export interface Timeline {
  readonly name: string;
  /** Events of slot s are positions offsets[s] … offsets[s + 1] − 1. */
  readonly offsets: Int32Array;
  /** Ascending within each slot; ties in storage order (event id). */
  readonly ts: Float64Array;
  /**
   * Newest timestamp per slot (NaN without events). Windows end at asOf, usually after
   * the newest event: this one sequential read settles that, and "at least one event since
   * X" entirely, without touching the much larger ts array.
   */
  readonly last: Float64Array;
  /** Property columns over positions, by path ("amount", "product.id"), loaded on demand. */
  readonly properties: Map<string, Column>;
  /** Pure builds only: every event's properties, for property columns made on demand. */
  readonly raw?: readonly unknown[];
  /** Derived per-slot arrays kept between previews (see compile/event-count.ts). */
  readonly cache: { kthNewest?: Map<number, Float64Array>; newest?: number; oldest?: number };
}

export interface IndexData {
  readonly size: number;
  /** Database id of each slot. */
  readonly ids: Int32Array;
  /** Slots in ascending id order, or null when ids already ascend (database builds). */
  readonly idOrder: Int32Array | null;
  /** External id of each slot (code = slot). */
  readonly externalIds: StringTable;
  readonly consent: Uint8Array;
  readonly traits: Map<string, StoredColumn>;
  readonly context: Map<string, StoredColumn>;
  readonly scores: Map<string, StoredColumn>;
  readonly timelines: Map<string, Timeline>;
  /** Earliest / latest visible event timestamp per slot (±Infinity without events). */
  readonly firstTs: Float64Array;
  readonly lastTs: Float64Array;
  readonly eventCount: number;
}

/** Slot of a database id, or −1. */
export function slotOfId(data: IndexData, id: number): number {
  let lo = 0;
  let hi = data.size;
  const { ids, idOrder } = data;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = idOrder ? ids[idOrder[mid]] : ids[mid];
    if (at < id) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= data.size) return -1;
  const slot = idOrder ? idOrder[lo] : lo;
  return ids[slot] === id ? slot : -1;
}

export function slotOfExternalId(data: IndexData, externalId: string): number {
  return data.externalIds.find(externalId);
}

export function indexBytes(data: IndexData): number {
  let total = byteSize(data.ids) + byteSize(data.idOrder) + data.externalIds.bytes() + byteSize(data.consent);
  total += byteSize(data.firstTs) + byteSize(data.lastTs);
  for (const columns of [data.traits, data.context, data.scores]) {
    for (const column of columns.values()) total += columnBytes(column);
  }
  for (const timeline of data.timelines.values()) {
    total += byteSize(timeline.offsets) + byteSize(timeline.ts) + byteSize(timeline.last);
    for (const column of timeline.properties.values()) total += columnBytes(column);
  }
  return total;
}
