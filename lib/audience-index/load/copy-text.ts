import type { Readable } from 'node:stream';

// Reading PostgreSQL's COPY … TO STDOUT text format without building an object per row:
// lines end with \n, fields are separated by \t, NULL is \N, and backslash escapes the
// rest (\\, \n, \t, \r, \b, \f, \v, octal \NNN, hex \xHH). Millions of rows go through here
// at build time, so numbers are parsed straight from the bytes.
export type RowHandler = (line: Buffer, fields: Int32Array, count: number) => void;

const NL = 10;
const TAB = 9;
const BACKSLASH = 92;

/** Streams the rows of a COPY to `onRow` (field k spans fields[2k] … fields[2k + 1]); `each` runs every `every` rows. */
export async function readCopyRows(stream: Readable, onRow: RowHandler, each?: () => Promise<void>, every = 50_000): Promise<number> {
  let carry: Buffer | null = null;
  const fields = new Int32Array(64);
  let rows = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NL, start); nl >= 0; nl = buf.indexOf(NL, start)) {
      let count = 0;
      let from = start;
      for (let tab = buf.indexOf(TAB, from); tab >= 0 && tab < nl; tab = buf.indexOf(TAB, from)) {
        fields[count++] = from;
        fields[count++] = tab;
        from = tab + 1;
      }
      fields[count++] = from;
      fields[count++] = nl;
      onRow(buf, fields, count >> 1);
      start = nl + 1;
      if (++rows % every === 0 && each) await each();
    }
    carry = start < buf.length ? buf.subarray(start) : null;
  }
  if (carry && carry.length > 0) throw new Error('COPY output ended inside a row');
  return rows;
}

export function isNull(line: Buffer, from: number, to: number): boolean {
  return to - from === 2 && line[from] === BACKSLASH && line[from + 1] === 78; // \N
}

/** A decimal integer field (optionally negative); NaN when empty or not a number. */
export function intField(line: Buffer, from: number, to: number): number {
  let negative = false;
  if (line[from] === 45) {
    negative = true;
    from++;
  }
  if (from >= to) return Number.NaN;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = line[i] - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** A text field with COPY escapes undone; null for \N. */
export function textField(line: Buffer, from: number, to: number): string | null {
  if (isNull(line, from, to)) return null;
  const slash = line.indexOf(BACKSLASH, from);
  if (slash < 0 || slash >= to) return line.toString('utf8', from, to);
  const bytes: number[] = [];
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (c !== BACKSLASH || i + 1 >= to) {
      bytes.push(c);
      continue;
    }
    const e = line[++i];
    switch (e) {
      case 98: bytes.push(8); break; // \b
      case 102: bytes.push(12); break; // \f
      case 110: bytes.push(10); break; // \n
      case 114: bytes.push(13); break; // \r
      case 116: bytes.push(9); break; // \t
      case 118: bytes.push(11); break; // \v
      case 120: { // \xH or \xHH
        let value = 0;
        let digits = 0;
        while (digits < 2 && i + 1 < to && isHex(line[i + 1])) {
          value = value * 16 + parseInt(String.fromCharCode(line[++i]), 16);
          digits++;
        }
        bytes.push(digits ? value : 120);
        break;
      }
      default:
        if (e >= 48 && e <= 55) { // \N, \NN, \NNN octal
          let value = e - 48;
          for (let d = 0; d < 2 && i + 1 < to && line[i + 1] >= 48 && line[i + 1] <= 55; d++) value = value * 8 + (line[++i] - 48);
          bytes.push(value & 0xff);
        } else bytes.push(e);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
