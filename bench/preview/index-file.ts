import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Column } from '@/lib/audience-index/storage/column';
import type { IndexData } from '@/lib/audience-index/storage/index-data';
import { type ColumnWire, type IndexWire, columnFromWire, columnToWire, indexFromWire, indexToWire } from '@/lib/audience-index/storage/wire';

// A built index on disk (the wire form: structure as JSON, every typed array's buffer in
// one binary file), so comparisons at 3M or 10M read it in seconds instead of rebuilding
// from the generator for minutes. Bench only: not a format anything else reads.
const ARRAYS = { Int8Array, Uint8Array, Uint16Array, Int32Array, Float64Array } as const;
type ArrayName = keyof typeof ARRAYS;
type Stored = { array: ArrayName; at: number; bufferBytes: number; byteOffset: number; length: number };
type Saved = { wire: IndexWire; properties: [string, string, ColumnWire][] };

export function saveIndex(data: IndexData, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(`${file}.bin`, 'w');
  let at = 0;
  const walk = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value)) {
      // The whole buffer: a StringTable's bytes view may be shorter than its buffer.
      const view = value as Uint8Array;
      const whole = new Uint8Array(view.buffer);
      for (let p = 0; p < whole.length; p += 1 << 30) writeSync(fd, whole.subarray(p, p + (1 << 30)));
      const stored: Stored = { array: view.constructor.name as ArrayName, at, bufferBytes: whole.length, byteOffset: view.byteOffset, length: view.length };
      at += whole.length;
      return { stored };
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    if (typeof value === 'number' && !Number.isFinite(value)) return { number: String(value) };
    return value;
  };
  const properties = [...data.timelines.values()].flatMap((t) => [...t.properties].map(([key, column]) => [t.name, key, columnToWire(column)]));
  const json = JSON.stringify(walk({ wire: indexToWire(data), properties }));
  closeSync(fd);
  writeFileSync(`${file}.json`, json);
}

export function loadIndex(file: string): IndexData | null {
  if (!existsSync(`${file}.json`)) return null;
  const fd = openSync(`${file}.bin`, 'r');
  const unwalk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(unwalk);
    if (!value || typeof value !== 'object') return value;
    const object = value as { stored?: Stored; number?: string };
    if (object.number !== undefined) return Number(object.number);
    if (object.stored) {
      const { array, at, bufferBytes, byteOffset, length } = object.stored;
      const buffer = new SharedArrayBuffer(bufferBytes);
      const bytes = new Uint8Array(buffer);
      for (let p = 0; p < bytes.length; ) p += readSync(fd, bytes, p, Math.min(bytes.length - p, 1 << 30), at + p);
      const View = ARRAYS[array] as new (buffer: ArrayBufferLike, byteOffset: number, length: number) => ArrayBufferView;
      return new View(buffer, byteOffset, length);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwalk(v)]));
  };
  const { wire, properties } = unwalk(JSON.parse(readFileSync(`${file}.json`, 'utf8'))) as Saved;
  closeSync(fd);
  const data = indexFromWire(wire);
  for (const [event, key, column] of properties) data.timelines.get(event)?.properties.set(key, columnFromWire(column) as Column);
  return data;
}
