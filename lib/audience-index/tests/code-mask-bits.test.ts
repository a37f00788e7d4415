import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeMaskBits, wordsFor } from '../compile/bits';

// codeMaskBits has two loops: one-byte codes read four at a time through an Int32Array
// view and answered two at a time from a pair table, and the plain loop for wider or
// unaligned codes. Both must give answers[codes[slot]] for exactly the slots of the set,
// on dense and sparse words and on the last, partial word.
const expected = (codes: ArrayLike<number>, answers: Uint8Array, within: Int32Array) => {
  const out = new Int32Array(within.length);
  for (let slot = 0; slot < codes.length; slot++) {
    if ((within[slot >>> 5] >>> (slot & 31)) & 1 && answers[codes[slot]] === 1) out[slot >>> 5] |= 1 << (slot & 31);
  }
  return out;
};

const inputs = fc.record({
  slots: fc.integer({ min: 1, max: 300 }),
  alphabet: fc.integer({ min: 1, max: 255 }),
  seed: fc.integer(),
  density: fc.constantFrom(0.05, 0.3, 0.9, 1),
});

function make({ slots, alphabet, seed, density }: { slots: number; alphabet: number; seed: number; density: number }) {
  let x = seed | 1;
  const next = () => ((x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) ^ (x << 7)) >>> 0) / 2 ** 32;
  const values = Array.from({ length: slots }, () => Math.floor(next() * alphabet));
  const answers = Uint8Array.from({ length: alphabet }, () => (next() < 0.5 ? 1 : 0));
  const within = new Int32Array(wordsFor(slots));
  for (let slot = 0; slot < slots; slot++) if (next() < density) within[slot >>> 5] |= 1 << (slot & 31);
  return { values, answers, within };
}

function run(codes: Uint8Array | Uint16Array, answers: Uint8Array, within: Int32Array, w0 = 0, w1 = within.length) {
  const out = new Int32Array(within.length);
  codeMaskBits(codes, answers)(within, out, w0, w1);
  return out;
}

describe('codeMaskBits', () => {
  it('answers one-byte codes (four at a time) like the per-slot rule', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { values, answers, within } = make(input);
        const codes = new Uint8Array(new SharedArrayBuffer(values.length));
        codes.set(values);
        expect(run(codes, answers, within)).toEqual(expected(codes, answers, within));
      }),
    );
  });

  it('answers unaligned one-byte codes and two-byte codes through the plain loop', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { values, answers, within } = make(input);
        const unaligned = new Uint8Array(values.length + 1).subarray(1);
        unaligned.set(values);
        expect(run(unaligned, answers, within)).toEqual(expected(unaligned, answers, within));
        const wide = Uint16Array.from(values);
        expect(run(wide, answers, within)).toEqual(expected(wide, answers, within));
      }),
    );
  });

  it('writes only its word range (the other thread writes the rest)', () => {
    const { values, answers, within } = make({ slots: 32 * 8, alphabet: 7, seed: 3, density: 1 });
    const codes = Uint8Array.from(values);
    const out = new Int32Array(within.length).fill(-1);
    codeMaskBits(codes, answers)(within, out, 2, 5);
    const all = expected(codes, answers, within);
    expect([...out]).toEqual([...all].map((word, w) => (w >= 2 && w < 5 ? word : -1)));
  });
});
