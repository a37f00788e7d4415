import type { Column, StoredColumn } from './column';
import { type DictionaryWire, dictionaryFromWire } from './dictionary';
import type { IndexData, Timeline } from './index-data';
import { StringTable, type StringTableWire } from './string-table';

// An index as a message for a worker thread: every typed array already lives in a
// SharedArrayBuffer, so posting this shares the memory instead of copying it; only the
// small dictionaries (a few hundred strings each) are copied. Caches are not sent: each
// thread derives its own the first time a tree needs them.
export type ColumnWire =
  | { kind: 'dense'; length: number; codes: Column['codes']; nums: Float64Array | null; dict: DictionaryWire; arrays: Column['arrays'] }
  | { kind: 'sparse'; length: number; rows: Int32Array; packed: ColumnWire };

export interface IndexWire {
  size: number;
  ids: Int32Array;
  idOrder: Int32Array | null;
  externalIds: StringTableWire;
  consent: Uint8Array;
  traits: [string, ColumnWire][];
  context: [string, ColumnWire][];
  scores: [string, ColumnWire][];
  /** Property columns travel separately, when loaded. */
  timelines: { name: string; offsets: Int32Array; ts: Float64Array; last: Float64Array }[];
  firstTs: Float64Array;
  lastTs: Float64Array;
  eventCount: number;
}

export function columnToWire(column: StoredColumn): ColumnWire {
  if (column.kind === 'sparse') return { kind: 'sparse', length: column.length, rows: column.rows, packed: columnToWire(column.packed) };
  return { kind: 'dense', length: column.length, codes: column.codes, nums: column.nums, dict: column.dict.toWire(), arrays: column.arrays };
}

export function columnFromWire(wire: ColumnWire): StoredColumn {
  if (wire.kind === 'sparse') return { kind: 'sparse', length: wire.length, rows: wire.rows, packed: columnFromWire(wire.packed) as Column };
  return { ...wire, dict: dictionaryFromWire(wire.dict), cache: {} };
}

const mapToWire = (columns: Map<string, StoredColumn>): [string, ColumnWire][] => [...columns].map(([path, c]) => [path, columnToWire(c)]);
const mapFromWire = (columns: [string, ColumnWire][]) => new Map(columns.map(([path, c]) => [path, columnFromWire(c)]));

export function indexToWire(data: IndexData): IndexWire {
  return {
    size: data.size,
    ids: data.ids,
    idOrder: data.idOrder,
    externalIds: data.externalIds.toWire(),
    consent: data.consent,
    traits: mapToWire(data.traits),
    context: mapToWire(data.context),
    scores: mapToWire(data.scores),
    timelines: [...data.timelines.values()].map(({ name, offsets, ts, last }) => ({ name, offsets, ts, last })),
    firstTs: data.firstTs,
    lastTs: data.lastTs,
    eventCount: data.eventCount,
  };
}

export function indexFromWire(wire: IndexWire): IndexData {
  const timelines = new Map<string, Timeline>(wire.timelines.map((t) => [t.name, { ...t, properties: new Map(), cache: {} }]));
  return {
    ...wire,
    externalIds: StringTable.fromWire(wire.externalIds),
    traits: mapFromWire(wire.traits),
    context: mapFromWire(wire.context),
    scores: mapFromWire(wire.scores),
    timelines,
  };
}
