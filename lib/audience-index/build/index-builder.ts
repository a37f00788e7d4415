import { CONTEXT_STRING_FIELDS, isPlainObject } from '@/lib/segments';
import { CONSENT_FALSE, CONSENT_OTHER, CONSENT_TRUE, type IndexData, type Timeline } from '../storage/index-data';
import { StringTable } from '../storage/string-table';
import { Growable, sharedCopy } from '../storage/typed';
import { JsonColumns } from './json-columns';
import { TimelineBuilder } from './timeline-builder';

// Streams profiles (any order) and then, slot by slot in ascending order, their events into
// an IndexData. Every source feeds it the same way: the database loaders, the demo
// generator and plain EvaluationInputs (tests, overlays). Events reaching it are already
// the visible ones of storage: deduplicated by messageId, with a finite timestamp.
export interface ProfileRow {
  id: number;
  externalId: string;
  traits?: unknown;
  consent?: unknown;
  context?: unknown;
  scores?: unknown;
}

export interface IndexBuilderOptions {
  /** Keep every event's properties in memory so any property column can be made later (tests). */
  keepRawProperties?: boolean;
  /** Property columns built eagerly, per event name: { purchase: ['amount'] }. */
  propertyColumns?: Readonly<Record<string, readonly string[]>>;
}

const CONTEXT_KEYS: ReadonlySet<string> = new Set(CONTEXT_STRING_FIELDS);

export class IndexBuilder {
  private readonly ids = new Growable(Int32Array);
  private readonly externalIds = new StringTable();
  private readonly consent = new Growable(Uint8Array);
  private readonly firstTs = new Growable(Float64Array);
  private readonly lastTs = new Growable(Float64Array);
  private readonly traits = new JsonColumns();
  private readonly context = new JsonColumns(1, CONTEXT_KEYS);
  private readonly scores = new JsonColumns();
  private readonly timelines = new Map<string, TimelineBuilder>();
  private sortedIds = true;
  private events = 0;
  // Events of the slot being filled, sorted by (name, time, storage order) when it closes.
  private slot = -1;
  private pending: { builder: TimelineBuilder; ts: number; seq: number; properties: unknown }[] = [];

  constructor(private readonly options: IndexBuilderOptions = {}) {}

  get size(): number {
    return this.ids.length;
  }

  addProfile(row: ProfileRow): number {
    const slot = this.ids.length;
    if (!Number.isInteger(row.id) || row.id < -0x8000_0000 || row.id > 0x7fff_ffff) {
      throw new RangeError(`profile id ${row.id} is not a 32-bit integer`);
    }
    if (this.externalIds.intern(row.externalId) !== slot) throw new Error(`duplicate externalId ${row.externalId}`);
    if (slot > 0 && row.id <= this.ids.array[slot - 1]) this.sortedIds = false;
    this.ids.push(row.id);
    const personalization = isPlainObject(row.consent) ? row.consent.personalization : undefined;
    this.consent.push(personalization === true ? CONSENT_TRUE : personalization === false ? CONSENT_FALSE : CONSENT_OTHER);
    this.firstTs.push(Number.POSITIVE_INFINITY);
    this.lastTs.push(Number.NEGATIVE_INFINITY);
    this.traits.addObject(slot, row.traits);
    this.context.addObject(slot, row.context);
    this.scores.addObject(slot, row.scores);
    return slot;
  }

  /** Events come grouped by slot: moving to a later slot closes the previous one. */
  private enterSlot(slot: number): void {
    if (slot === this.slot) return;
    if (slot < this.slot) throw new Error('events must arrive grouped by slot, in ascending slot order');
    this.flush();
    this.slot = slot;
  }

  /** The timeline of an event name, made on its first event. */
  private timeline(name: string, keepRawProperties: boolean): TimelineBuilder {
    let builder = this.timelines.get(name);
    if (!builder) {
      builder = new TimelineBuilder(name, this.timelines.size, keepRawProperties, this.options.propertyColumns?.[name] ?? []);
      this.timelines.set(name, builder);
    }
    return builder;
  }

  /** Adds one stored event; slots must not go backwards. `seq` orders equal timestamps (event id). */
  addEvent(slot: number, name: string, timestamp: number, seq: number, properties?: unknown): void {
    this.enterSlot(slot);
    this.pending.push({ builder: this.timeline(name, !!this.options.keepRawProperties), ts: timestamp, seq, properties });
  }

  /**
   * All stored events of one name for one slot at once, timestamps ascending with ties in
   * storage order (a GROUP BY over the (profile, name, timestamp) index gives exactly that).
   * Slots must not go backwards; a slot's events come either this way or through addEvent.
   */
  addEventGroup(slot: number, name: string, timestamps: readonly number[]): void {
    this.enterSlot(slot);
    const builder = this.timeline(name, false);
    let first = this.firstTs.array[slot];
    let last = this.lastTs.array[slot];
    let previous = Number.NEGATIVE_INFINITY;
    for (const ts of timestamps) {
      if (!(ts >= previous)) throw new Error(`events of ${name} arrived out of time order`);
      previous = ts;
      builder.append(slot, ts, undefined);
      if (ts < first) first = ts;
      if (ts > last) last = ts;
    }
    this.firstTs.array[slot] = first;
    this.lastTs.array[slot] = last;
    this.events += timestamps.length;
  }

  finish(): IndexData {
    this.flush();
    const size = this.ids.length;
    const ids = this.ids.finish();
    const timelines = new Map<string, Timeline>();
    for (const [name, builder] of this.timelines) timelines.set(name, builder.finish(size));
    this.externalIds.trim();
    return {
      size,
      ids,
      idOrder: this.sortedIds ? null : idOrder(ids),
      externalIds: this.externalIds,
      consent: this.consent.finish(),
      traits: this.traits.finish(size),
      context: this.context.finish(size),
      scores: this.scores.finish(size),
      timelines,
      firstTs: this.firstTs.finish(),
      lastTs: this.lastTs.finish(),
      eventCount: this.events,
    };
  }

  private flush(): void {
    const events = this.pending;
    if (events.length === 0) return;
    if (events.length > 1) {
      events.sort((a, b) => a.builder.order - b.builder.order || a.ts - b.ts || a.seq - b.seq);
    }
    const slot = this.slot;
    let first = this.firstTs.array[slot];
    let last = this.lastTs.array[slot];
    for (const event of events) {
      event.builder.append(slot, event.ts, event.properties);
      if (event.ts < first) first = event.ts;
      if (event.ts > last) last = event.ts;
    }
    this.firstTs.array[slot] = first;
    this.lastTs.array[slot] = last;
    this.events += events.length;
    this.pending = [];
  }
}

function idOrder(ids: Int32Array): Int32Array {
  const order = Array.from({ length: ids.length }, (_, slot) => slot).sort((a, b) => ids[a] - ids[b]);
  for (let k = 1; k < order.length; k++) {
    if (ids[order[k]] === ids[order[k - 1]]) throw new Error(`duplicate profile id ${ids[order[k]]}`);
  }
  return sharedCopy(Int32Array, order, order.length);
}
