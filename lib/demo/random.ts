// Seeded randomness for the demo data. sfc32 (Chris Doty-Humphrey's "small fast counting"
// generator, from PractRand) is written out here instead of taken from a library because
// the output is part of the contract: the same seed must give byte-identical data forever,
// and no dependency upgrade may change it. sfc32 passes PractRand far beyond what demo data
// needs, has no bad seeds in practice (the counter word guarantees a period ≥ 2^32) and
// costs a few integer operations per draw, which matters at 20M events.
//
// Every profile draws from its own streams, keyed by (seed, stream name, profile index), so
// a profile's data does not depend on batch sizes or on how many profiles came before it.
//
// Math.log/cos/pow are V8's fdlibm ports, so results are stable for a given Node release;
// they are not promised to be identical across JavaScript engines.

/** A 32-bit avalanche mix (the murmur3 finaliser) to spread similar inputs apart. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a of a string, for naming streams. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d = 1) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // Warm-up, as the reference implementation does, so nearby seeds diverge.
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Standard normal by Box–Muller (one value per call keeps the stream simple). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Pareto with scale 1: P(X > x) = x^-alpha, the classic power law of user activity. */
  pareto(alpha: number): number {
    return Math.pow(1 - this.next(), -1 / alpha);
  }

  /** Geometric count of successes before the first failure, each with probability p. */
  geometric(p: number, max = 50): number {
    let n = 0;
    while (n < max && this.next() < p) n++;
    return n;
  }
}

/** The stream `name` of profile `index` under `seed`. */
export function rngFor(seed: number, name: string, index: number): Rng {
  const s = mix32(seed >>> 0);
  return new Rng(s, mix32(index ^ 0x9e3779b9), mix32(hashString(name) ^ s), mix32(index + 0x6d2b79f5));
}

/** Weighted choice from a table prepared once by `weighted()`. */
export interface WeightedTable<T> {
  items: readonly T[];
  cumulative: Float64Array;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative = new Float64Array(entries.length);
  let sum = 0;
  entries.forEach(([, w], i) => {
    sum += w;
    cumulative[i] = sum;
  });
  for (let i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
  return { items: entries.map(([item]) => item), cumulative };
}

export function pickWeighted<T>(rng: Rng, table: WeightedTable<T>): T {
  const u = rng.next();
  const c = table.cumulative;
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return table.items[lo];
}
