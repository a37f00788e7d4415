import fc from 'fast-check';
import murmur from 'murmurhash3js-revisited';
import { describe, expect, it } from 'vitest';
import { sampleRatioMismatch } from '@/lib/stats/srm';
import { assignArm, assignmentPoint, chooseArm, murmur3x86_32 } from './assignment';

const bytes = (s: string) => new TextEncoder().encode(s);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `profile-${i}`);

describe('murmur3x86_32', () => {
  // Published MurmurHash3 x86_32 vectors (SMHasher reference implementation).
  it.each([
    ['', 0, 0x00000000],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['\0\0\0\0', 0, 0x2362f9de],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['abc', 0, 0xb3dd93fa],
    ['Hello, world!', 0, 0xc0363e43],
    ['Hello, world!', 0x9747b28c, 0x24884cba],
    ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
  ])('%j with seed %d', (input, seed, expected) => {
    expect(murmur3x86_32(bytes(input), seed)).toBe(expected);
  });

  it('agrees with an independent implementation on random UTF-8 input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (s, seed) => {
        expect(murmur3x86_32(bytes(s), seed)).toBe(murmur.x86.hash32(bytes(s), seed) >>> 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('assignment', () => {
  // The specification's vectors (docs/STATISTICS.md): any SDK must reproduce these.
  it.each([
    ['checkout-button', 'user-1', 0xc0280a8c, 1, 1, 2],
    ['checkout-button', 'user-2', 0xb7cb6df6, 1, 1, 2],
    ['hero-copy', 'user-1', 0x5d5e3b37, 0, 1, 1],
    ['hero-copy', '8f14e45f-ceea-467f-a0b8-2f2b1c6d0e21', 0xb8b58288, 1, 1, 2],
    ['prix', 'utilisateur-é', 0x7fcd88e9, 0, 1, 1],
  ])('%s : %s', (key, id, hash, arm5050, arm1090, armThirds) => {
    expect(assignmentPoint(key, id)).toBe(hash / 2 ** 32);
    expect(assignArm(key, id, [50, 50])).toBe(arm5050);
    expect(assignArm(key, id, [10, 90])).toBe(arm1090);
    expect(assignArm(key, id, [1, 1, 1])).toBe(armThirds);
  });

  it('is deterministic and in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, id) => {
        const p = assignmentPoint(key, id);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(1);
        expect(assignmentPoint(key, id)).toBe(p);
      }),
    );
  });

  it('is uniform: 100,000 sequential ids over 100 buckets pass a chi-square test', () => {
    const counts = new Array(100).fill(0);
    for (const id of ids(100_000)) counts[Math.floor(assignmentPoint('checkout-button', id) * 100)]++;
    const srm = sampleRatioMismatch(counts, new Array(100).fill(1));
    expect(srm.pValue.value).toBeGreaterThan(0.001);
  });

  it('respects weights, including unequal splits and three arms', () => {
    for (const weights of [[10, 90], [20, 30, 50], [1, 1, 1, 1]]) {
      const counts = new Array(weights.length).fill(0);
      for (const id of ids(100_000)) counts[assignArm('hero-copy', id, weights)]++;
      expect(sampleRatioMismatch(counts, weights).mismatch, `weights ${weights}`).toBe(false);
    }
  });

  it('places a profile independently in different experiments', () => {
    // 2 × 2 table of arms in two 50/50 experiments: each cell should hold a quarter.
    const cells = [0, 0, 0, 0];
    for (const id of ids(100_000)) cells[assignArm('exp-a', id, [1, 1]) * 2 + assignArm('exp-b', id, [1, 1])]++;
    expect(sampleRatioMismatch(cells, [1, 1, 1, 1]).mismatch).toBe(false);
  });

  it('gives an arm with weight 0 nobody and slices by cumulative weight', () => {
    expect(chooseArm(0, [0, 1])).toBe(1);
    expect(chooseArm(0.999999, [1, 0])).toBe(0);
    expect(chooseArm(0.1, [10, 90])).toBe(1); // 0.1 · 100 = 10 is not < 10
    expect(chooseArm(0.0999, [10, 90])).toBe(0);
    expect(chooseArm(0.5, [0.25, 0.25, 0.5])).toBe(2);
    expect(() => chooseArm(1, [1, 1])).toThrow(RangeError);
    expect(() => chooseArm(0.5, [0, 0])).toThrow(RangeError);
    expect(() => chooseArm(0.5, [1, -1])).toThrow(RangeError);
  });

  // Without stickiness these changes would move people; the experiment store must pin the arm
  // of every profile already exposed. These tests document how many would move.
  it('changing weights 50/50 → 60/40 moves exactly the points in [0.5, 0.6)', () => {
    for (const id of ids(20_000)) {
      const p = assignmentPoint('checkout-button', id);
      const moved = chooseArm(p, [50, 50]) !== chooseArm(p, [60, 40]);
      expect(moved).toBe(p >= 0.5 && p < 0.6);
    }
  });

  it('adding a third arm to a 50/50 test re-slices [0, 1) and would move half of the profiles', () => {
    const all = ids(100_000);
    const moved = all.filter((id) => assignArm('checkout-button', id, [1, 1]) !== assignArm('checkout-button', id, [1, 1, 1])).length;
    // [0, ½) → [0, ⅓) keeps ⅓; [½, 1) → [⅓, ⅔) keeps ⅙: ½ of everyone moves.
    expect(moved / all.length).toBeCloseTo(0.5, 2);
  });
});
