/**
 * Deterministic experiment assignment, pure so the server, the browser SDK and any other
 * language compute the same arm (the specification and test vectors are in docs/STATISTICS.md):
 *
 *   point(experimentKey, profileId) = murmur3_x86_32(utf8(experimentKey + ":" + profileId), seed 0) / 2^32
 *   arm = the first i with point · W < w_0 + … + w_i   (W = Σ w, float64, summed left to right)
 *
 * MurmurHash3 x86_32 rather than FNV-1a: its final avalanche step spreads ids that differ only
 * in the last character (user-1, user-2, …), and it needs no BigInt or async WebCrypto.
 * Stickiness (an exposed profile keeps its arm when weights change) is the database's job.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

const rotl32 = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function mixBlock(k: number): number {
  return Math.imul(rotl32(Math.imul(k, C1), 15), C2);
}

/** MurmurHash3 x86_32 (Austin Appleby's reference, SMHasher), as an unsigned 32-bit integer. */
export function murmur3x86_32(bytes: Uint8Array, seed = 0): number {
  let h = seed >>> 0;
  const tail = bytes.length - (bytes.length % 4);
  for (let i = 0; i < tail; i += 4) {
    const k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    h = rotl32(h ^ mixBlock(k), 13);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const rest = bytes.length % 4;
  if (rest === 3) k ^= bytes[tail + 2] << 16;
  if (rest >= 2) k ^= bytes[tail + 1] << 8;
  if (rest >= 1) h ^= mixBlock(k ^ bytes[tail]);
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const utf8 = new TextEncoder();

/** The profile's position in [0, 1) for this experiment; independent across experiment keys. */
export function assignmentPoint(experimentKey: string, profileId: string): number {
  return murmur3x86_32(utf8.encode(`${experimentKey}:${profileId}`)) / 2 ** 32;
}

/**
 * The arm whose cumulative-weight slice holds the point. Weights need not sum to 1 (50/50,
 * 1/1 and 0.5/0.5 are the same split); an arm with weight 0 receives nobody.
 */
export function chooseArm(point: number, weights: readonly number[]): number {
  if (!(point >= 0 && point < 1)) throw new RangeError(`point must be in [0, 1), got ${point}`);
  if (weights.some((w) => !(Number.isFinite(w) && w >= 0))) throw new RangeError('weights must be finite and ≥ 0');
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError('at least one weight must be positive');
  const target = point * total;
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i];
    if (target < cumulative) return i;
  }
  // Only reachable when rounding puts the running sum a hair under point · W: the last arm
  // that takes traffic owns the top of [0, 1).
  return weights.findLastIndex((w) => w > 0);
}

/** The arm index for a profile: chooseArm(assignmentPoint(key, id), weights). */
export function assignArm(experimentKey: string, profileId: string, weights: readonly number[]): number {
  return chooseArm(assignmentPoint(experimentKey, profileId), weights);
}
