import { StringTable, type StringTableWire } from './string-table';

// The distinct strings of one column. Most columns hold a few hundred values (countries,
// plans, time zones) and keep them as JS strings with a Map; a column that passes
// DICTIONARY_LIMITS.large distinct values (e-mails, sign-up instants) moves to a StringTable,
// which costs a third of the memory and stays off the JS heap.
export interface Dictionary {
  readonly size: number;
  get(code: number): string;
  /** The code of `value`, or −1 when no row holds it. */
  find(value: string): number;
  bytes(): number;
  toWire(): DictionaryWire;
}

export type DictionaryWire = { kind: 'small'; strings: string[] } | { kind: 'large'; table: StringTableWire };

export function dictionaryFromWire(wire: DictionaryWire): Dictionary {
  if (wire.kind === 'large') return new LargeDictionary(StringTable.fromWire(wire.table));
  return new SmallDictionary(wire.strings, new Map(wire.strings.map((s, code) => [s, code])));
}

/** Tests lower `large` to run every column through the StringTable. */
export const DICTIONARY_LIMITS = { large: 65_536 };

class SmallDictionary implements Dictionary {
  constructor(
    private readonly strings: string[],
    private readonly codes: Map<string, number>,
  ) {}

  get size() {
    return this.strings.length;
  }
  get(code: number) {
    return this.strings[code];
  }
  find(value: string) {
    return this.codes.get(value) ?? -1;
  }
  toWire(): DictionaryWire {
    return { kind: 'small', strings: this.strings };
  }
  bytes() {
    // Heap estimate: string header + characters, plus the array slot and the Map entry.
    let total = 0;
    for (const s of this.strings) total += 16 + s.length * 2 + 8 + 32;
    return total;
  }
}

class LargeDictionary implements Dictionary {
  constructor(private readonly table: StringTable) {}
  get size() {
    return this.table.size;
  }
  get(code: number) {
    return this.table.get(code);
  }
  find(value: string) {
    return this.table.find(value);
  }
  bytes() {
    return this.table.bytes();
  }
  toWire(): DictionaryWire {
    return { kind: 'large', table: this.table.toWire() };
  }
}

/** A StringTable seen as a column dictionary (external ids). */
export const tableDictionary = (table: StringTable): Dictionary => new LargeDictionary(table);

export const EMPTY_DICTIONARY: Dictionary = new SmallDictionary([], new Map());

export class DictionaryBuilder {
  private strings: string[] = [];
  private codes: Map<string, number> | null = new Map();
  private table: StringTable | null = null;

  get size(): number {
    return this.table ? this.table.size : this.strings.length;
  }

  intern(value: string): number {
    if (this.table) return this.table.intern(value);
    const known = this.codes!.get(value);
    if (known !== undefined) return known;
    const code = this.strings.length;
    this.strings.push(value);
    this.codes!.set(value, code);
    if (this.strings.length > DICTIONARY_LIMITS.large) this.becomeLarge();
    return code;
  }

  finish(): Dictionary {
    if (this.table) {
      this.table.trim();
      return new LargeDictionary(this.table);
    }
    return this.strings.length === 0 ? EMPTY_DICTIONARY : new SmallDictionary(this.strings, this.codes!);
  }

  private becomeLarge(): void {
    const table = new StringTable(this.strings.length * 2);
    // Same order, so codes already handed out stay valid.
    for (const s of this.strings) table.intern(s);
    this.table = table;
    this.strings = [];
    this.codes = null;
  }
}
