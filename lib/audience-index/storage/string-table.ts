// Distinct strings stored as UTF-8 in one buffer with an open-addressing hash index. Used for
// high-cardinality values (external ids, e-mails, sign-up timestamps): a JS string costs
// ~40 bytes of heap plus a Map entry, this ~1 byte per character plus 12, off the heap.
// Strings that UTF-8 cannot round-trip (lone surrogates) are kept aside as they are, so two
// different ill-formed strings never share an entry.
import { Growable, sharedCopy } from './typed';

/** A finished table as plain shared arrays, to hand to a worker thread without copying. */
export interface StringTableWire {
  bytes: Uint8Array;
  used: number;
  starts: Int32Array;
  hashes: Int32Array;
  table: Int32Array;
  odd: [string, number][];
}

const EMPTY = 0; // table slots hold code + 1

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export class StringTable {
  private buffer: Buffer;
  private used = 0;
  private readonly starts = new Growable(Int32Array);
  private readonly hashes = new Growable(Int32Array);
  private table: Int32Array;
  private odd: Map<string, number> | null = null;
  private oddByCode: Map<number, string> | null = null;

  constructor(capacity = 1024) {
    this.buffer = Buffer.allocUnsafe(capacity * 16);
    this.table = new Int32Array(tableSizeFor(capacity));
  }

  get size(): number {
    return this.starts.length;
  }

  get(code: number): string {
    const odd = this.oddByCode?.get(code);
    if (odd !== undefined) return odd;
    const end = code + 1 < this.starts.length ? this.starts.array[code + 1] : this.used;
    return this.buffer.toString('utf8', this.starts.array[code], end);
  }

  /** The code of `value`, or −1. */
  find(value: string): number {
    if (!value.isWellFormed()) return this.odd?.get(value) ?? -1;
    const hash = hashString(value);
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot];
      if (entry === EMPTY) return -1;
      if (this.hashes.array[entry - 1] === hash && this.equals(entry - 1, value)) return entry - 1;
    }
  }

  /** The code of `value`, adding it when new. */
  intern(value: string): number {
    if (!value.isWellFormed()) return this.internOdd(value);
    const hash = hashString(value);
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot];
      if (entry === EMPTY) break;
      if (this.hashes.array[entry - 1] === hash && this.equals(entry - 1, value)) return entry - 1;
    }
    const code = this.append(value, hash);
    this.table[slot] = code + 1;
    if (this.size * 2 > this.table.length) this.rehash();
    return code;
  }

  bytes(): number {
    return this.buffer.length + this.starts.array.byteLength + this.hashes.array.byteLength + this.table.byteLength;
  }

  /** Releases the spare capacity kept for growth and moves the table into shared memory. */
  trim(): void {
    const bytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, this.used)));
    bytes.set(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.from(bytes.buffer, 0, this.used);
    this.starts.array = sharedCopy(Int32Array, this.starts.array, this.starts.length);
    this.hashes.array = sharedCopy(Int32Array, this.hashes.array, this.hashes.length);
    this.table = sharedCopy(Int32Array, this.table, this.table.length);
  }

  toWire(): StringTableWire {
    return {
      bytes: new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.used),
      used: this.used,
      starts: this.starts.array.subarray(0, this.starts.length),
      hashes: this.hashes.array.subarray(0, this.hashes.length),
      table: this.table,
      odd: this.odd ? [...this.odd] : [],
    };
  }

  static fromWire(wire: StringTableWire): StringTable {
    const table = new StringTable(1);
    table.buffer = Buffer.from(wire.bytes.buffer, wire.bytes.byteOffset, wire.used);
    table.used = wire.used;
    table.starts.array = wire.starts as Int32Array<ArrayBuffer>;
    table.starts.length = wire.starts.length;
    table.hashes.array = wire.hashes as Int32Array<ArrayBuffer>;
    table.hashes.length = wire.hashes.length;
    table.table = wire.table;
    if (wire.odd.length > 0) {
      table.odd = new Map(wire.odd);
      table.oddByCode = new Map(wire.odd.map(([value, code]) => [code, value]));
    }
    return table;
  }

  private append(value: string, hash: number): number {
    const room = value.length * 3;
    if (this.used + room > this.buffer.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + room));
      this.buffer.copy(next, 0, 0, this.used);
      this.buffer = next;
    }
    if (this.used > 0x7fff_ffff - room) throw new RangeError('string table over 2 GiB');
    const code = this.size;
    this.starts.push(this.used);
    this.hashes.push(hash);
    this.used += this.buffer.write(value, this.used, 'utf8');
    return code;
  }

  private internOdd(value: string): number {
    this.odd ??= new Map();
    this.oddByCode ??= new Map();
    const known = this.odd.get(value);
    if (known !== undefined) return known;
    // An empty byte range keeps codes dense; get() answers from the side map.
    const code = this.size;
    this.starts.push(this.used);
    this.hashes.push(0);
    this.odd.set(value, code);
    this.oddByCode.set(code, value);
    return code;
  }

  private equals(code: number, value: string): boolean {
    if (this.oddByCode?.has(code)) return false;
    const start = this.starts.array[code];
    const end = code + 1 < this.starts.length ? this.starts.array[code + 1] : this.used;
    // ASCII compares byte by byte without building a string; anything else decodes.
    if (end - start === value.length) {
      let ascii = true;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        if (this.buffer[start + i] !== c) return false;
      }
      if (ascii) return true;
    }
    return this.buffer.toString('utf8', start, end) === value;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let code = 0; code < this.size; code++) {
      if (this.oddByCode?.has(code)) continue;
      let slot = this.hashes.array[code] & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = code + 1;
    }
    this.table = table;
  }
}

function tableSizeFor(entries: number): number {
  let size = 64;
  while (size < entries * 2) size *= 2;
  return size;
}
