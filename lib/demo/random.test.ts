import { describe, expect, it } from 'vitest';
import { pickWeighted, Rng, rngFor, weighted } from './random';

describe('seeded random streams', () => {
  it('repeats exactly for the same seed, stream and index', () => {
    const a = rngFor(42, 'profile', 7);
    const b = rngFor(42, 'profile', 7);
    const xs = Array.from({ length: 100 }, () => a.nextU32());
    expect(Array.from({ length: 100 }, () => b.nextU32())).toEqual(xs);
  });

  it('differs between seeds, streams and neighbouring indexes', () => {
    const first = (r: Rng) => [r.nextU32(), r.nextU32()];
    const base = first(rngFor(42, 'profile', 7));
    expect(first(rngFor(43, 'profile', 7))).not.toEqual(base);
    expect(first(rngFor(42, 'events', 7))).not.toEqual(base);
    expect(first(rngFor(42, 'profile', 8))).not.toEqual(base);
  });

  it('matches the reference sfc32 (PractRand C code, after the 12-round warm-up)', () => {
    // Changing these would change every demo data set ever generated.
    const r = new Rng(1, 2, 3, 4);
    expect([r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([417285410, 1196253302, 123583739]);
  });

  it('draws uniform values in [0, 1) with the expected mean', () => {
    const r = rngFor(1, 'uniform', 0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it('picks by weight', () => {
    const table = weighted([['a', 1], ['b', 3]] as const);
    const r = rngFor(1, 'weighted', 0);
    let b = 0;
    for (let i = 0; i < 40_000; i++) if (pickWeighted(r, table) === 'b') b++;
    expect(b / 40_000).toBeGreaterThan(0.73);
    expect(b / 40_000).toBeLessThan(0.77);
  });
});
