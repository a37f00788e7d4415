import type { Readable } from 'node:stream';

// PostgreSQL's COPY … (FORMAT binary): no number-to-text work on the server and fixed-size
// integers on the client, for the 20M-row events scan. Layout: an 11-byte signature, flags
// and header extension, then per tuple an int16 field count (−1 ends the data) and per field
// an int32 length (−1 for NULL) followed by that many bytes, all big-endian.
export type BinaryRowHandler = (buf: Buffer, starts: Int32Array, lengths: Int32Array, count: number) => void;

const SIGNATURE_BYTES = 11;
/** timestamptz counts microseconds from 2000-01-01T00:00:00Z. */
export const PG_EPOCH_MS = 946_684_800_000;

export async function readBinaryCopy(stream: Readable, onRow: BinaryRowHandler, each?: () => Promise<void>, every = 50_000): Promise<number> {
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let headerDone = false;
  let rows = 0;
  const starts = new Int32Array(64);
  const lengths = new Int32Array(64);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), chunk]) : chunk;
    pos = 0;
    if (!headerDone) {
      if (buf.length < SIGNATURE_BYTES + 8) continue;
      const extension = buf.readInt32BE(SIGNATURE_BYTES + 4);
      if (buf.length < SIGNATURE_BYTES + 8 + extension) continue;
      pos = SIGNATURE_BYTES + 8 + extension;
      headerDone = true;
    }
    for (;;) {
      if (pos + 2 > buf.length) break;
      const count = buf.readInt16BE(pos);
      if (count === -1) return rows;
      let at = pos + 2;
      let complete = true;
      for (let f = 0; f < count; f++) {
        if (at + 4 > buf.length) {
          complete = false;
          break;
        }
        const length = buf.readInt32BE(at);
        at += 4;
        starts[f] = at;
        lengths[f] = length;
        if (length > 0) at += length;
        if (at > buf.length) {
          complete = false;
          break;
        }
      }
      if (!complete) break;
      onRow(buf, starts, lengths, count);
      pos = at;
      if (++rows % every === 0 && each) await each();
    }
  }
  throw new Error('COPY binary output ended without its trailer');
}

/** A timestamptz field as epoch milliseconds (exact for timestamptz(3)). */
export function timestampMs(buf: Buffer, at: number): number {
  const high = buf.readInt32BE(at);
  // Within ±2^52 µs (years 1857–2142) the double is exact; beyond, BigInt does it.
  if (high >= -0x100000 && high < 0x100000) return (high * 4294967296 + buf.readUInt32BE(at + 4)) / 1000 + PG_EPOCH_MS;
  return Number(buf.readBigInt64BE(at) / 1000n) + PG_EPOCH_MS;
}
