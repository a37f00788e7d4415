import type { Timeline } from '../storage/index-data';
import { shared } from '../storage/typed';
import { type BitsTest, DENSE_FROM, popcount } from './bits';
import { COST, type Expr, bitsLeaf, constant } from './expr';
import type { NumberOp } from './value-test';

// count without property filters, as "the number of events in the window lies in
// [kLo, kHi)": each bound is one comparison of the k-th newest event at or before the
// window's end. The window ends at asOf, usually after the newest event; then the k-th
// newest is read from a per-slot array kept between previews (made once per timeline and
// k, sequential to read) instead of from the large timestamp array.
const MAX_KTH_ARRAYS = 8;

/** ts of the k-th newest event of every slot (NaN with fewer than k: never ≥ a window start). */
export function kthNewest(timeline: Timeline, k: number): Float64Array {
  if (k === 1) return timeline.last;
  const arrays = (timeline.cache.kthNewest ??= new Map());
  let kth = arrays.get(k);
  if (!kth) {
    const { offsets, ts } = timeline;
    const slots = offsets.length - 1;
    kth = shared(Float64Array, slots);
    for (let s = 0; s < slots; s++) kth[s] = offsets[s + 1] - offsets[s] >= k ? ts[offsets[s + 1] - k] : Number.NaN;
    if (arrays.size >= MAX_KTH_ARRAYS) arrays.delete(arrays.keys().next().value!);
    arrays.set(k, kth);
  }
  return kth;
}

export function countTest(timeline: Timeline, start: number, end: number, op: NumberOp, lo: number, hi: number): Expr {
  let kLo = 0;
  let kHi = Number.POSITIVE_INFINITY;
  let negate = false;
  switch (op) {
    case 'gte': kLo = Math.ceil(lo); break;
    case 'gt': kLo = Math.floor(lo) + 1; break;
    case 'lt': kHi = Math.ceil(lo); break;
    case 'lte': kHi = Math.floor(lo) + 1; break;
    case 'between': kLo = Math.ceil(lo); kHi = Math.floor(hi) + 1; break;
    case 'eq':
    case 'neq':
      negate = op === 'neq';
      // A count is a whole number ≥ 0: eq 2.5 never holds, neq 2.5 always does.
      if (!Number.isInteger(lo) || lo < 0) return constant(negate);
      kLo = lo;
      kHi = lo + 1;
      break;
  }
  kLo = Math.max(0, kLo);
  if (kHi <= kLo) return constant(negate);
  if (kLo === 0 && kHi === Number.POSITIVE_INFINITY) return constant(!negate);
  return bitsLeaf(countBetweenBits(timeline, start, end, kLo, kHi, negate), COST.count);
}

/** The newest event of the whole timeline (NaN when empty). */
export function newestOf(timeline: Timeline): number {
  if (timeline.cache.newest === undefined) {
    let newest = Number.NaN;
    for (const t of timeline.last) if (t === t && !(t <= newest)) newest = t;
    timeline.cache.newest = newest;
  }
  return timeline.cache.newest;
}

/** The oldest event of the whole timeline (NaN when empty). */
export function oldestOf(timeline: Timeline): number {
  if (timeline.cache.oldest === undefined) {
    let oldest = Number.NaN;
    const { offsets, ts } = timeline;
    for (let s = 0; s + 1 < offsets.length; s++) {
      if (offsets[s + 1] > offsets[s] && !(ts[offsets[s]] >= oldest)) oldest = ts[offsets[s]];
    }
    timeline.cache.oldest = oldest;
  }
  return timeline.cache.oldest;
}

/** The count in [start, end] lies in [kLo, kHi) (negate: it does not); 0 ≤ kLo < kHi ≤ ∞. */
function countBetweenBits(timeline: Timeline, start: number, end: number, kLo: number, kHi: number, negate: boolean): BitsTest {
  const { offsets, ts, last } = timeline;
  const flip = negate ? 1 : 0;
  const lowKth = kLo > 0 ? kthNewest(timeline, kLo) : null;
  const highKth = Number.isFinite(kHi) && kHi < 2 ** 31 ? kthNewest(timeline, kHi) : null;
  // The usual preview: asOf after every event of the name, so no slot needs a search.
  if (!(newestOf(timeline) > end)) return kthBits(lowKth, highKth, start, flip, last.length);
  return (within, out, w0, w1) => {
    for (let w = w0; w < w1; w++) {
      let m = within[w];
      let r = 0;
      const base = w << 5;
      while (m !== 0) {
        const bit = 31 - Math.clz32(m & -m);
        const slot = base + bit;
        let hit: number;
        if (last[slot] <= end) {
          // Every event of the slot is at or before the end.
          hit = +((lowKth === null || lowKth[slot] >= start) && !(highKth !== null && highKth[slot] >= start));
        } else {
          // No events (NaN), or some after the window's end: find where it ends.
          const a = offsets[slot];
          let q = offsets[slot + 1];
          let lo = a;
          while (lo < q) {
            const mid = (lo + q) >>> 1;
            if (ts[mid] <= end) lo = mid + 1;
            else q = mid;
          }
          const n = q - a;
          const atLo = kLo === 0 || (n >= kLo && ts[q - kLo] >= start);
          const atHi = n >= kHi && ts[q - kHi] >= start;
          hit = +(atLo && !atHi);
        }
        r |= (hit ^ flip) << bit;
        m &= m - 1;
      }
      out[w] = r;
    }
  };
}

/** Every window end is after every event: (k-th newest ≥ start) comparisons only, branch-free on dense words. */
function kthBits(low: Float64Array | null, high: Float64Array | null, start: number, flip: number, slots: number): BitsTest {
  const fullWords = slots >>> 5;
  const atLeast = low ?? new Float64Array(0);
  const tooMany = high ?? new Float64Array(0);
  const hasLow = low ? 1 : 0;
  const hasHigh = high ? 1 : 0;
  // Arguments, not captured variables: see the note above codeMaskBits (bits.ts).
  if (hasLow + hasHigh === 1) {
    // The usual shapes ("at least k": low only; "none" / "fewer than k": high only) read
    // one array and branch on nothing per slot: 40 % less time than the general loop.
    const invert = hasHigh ^ flip;
    return (within, out, w0, w1) => kthOneWords(within, out, w0, w1, hasLow ? atLeast : tooMany, start, invert, fullWords);
  }
  return (within, out, w0, w1) => kthWords(within, out, w0, w1, atLeast, tooMany, hasLow, hasHigh, start, flip, fullWords);
}

/** (kth[slot] ≥ start) xor invert. */
function kthOneWords(within: Int32Array, out: Int32Array, w0: number, w1: number, kth: Float64Array, start: number, invert: number, fullWords: number): void {
  for (let w = w0; w < w1; w++) {
    let m = within[w];
    if (m === 0) {
      out[w] = 0;
      continue;
    }
    const base = w << 5;
    let r = 0;
    if (w < fullWords && popcount(m) >= DENSE_FROM) {
      for (let b = 0; b < 32; b++) r |= (+(kth[base + b] >= start) ^ invert) << b;
      r &= m;
    } else {
      while (m !== 0) {
        const low = m & -m;
        if ((+(kth[base + 31 - Math.clz32(low)] >= start) ^ invert) === 1) r |= low;
        m ^= low;
      }
    }
    out[w] = r;
  }
}

function kthWords(
  within: Int32Array,
  out: Int32Array,
  w0: number,
  w1: number,
  atLeast: Float64Array,
  tooMany: Float64Array,
  hasLow: number,
  hasHigh: number,
  start: number,
  flip: number,
  fullWords: number,
): void {
  for (let w = w0; w < w1; w++) {
    let m = within[w];
    if (m === 0) {
      out[w] = 0;
      continue;
    }
    const base = w << 5;
    let r = 0;
    if (w < fullWords && popcount(m) >= DENSE_FROM) {
      for (let b = 0; b < 32; b++) {
        const s = base + b;
        const enough = hasLow === 0 ? 1 : +(atLeast[s] >= start);
        const excess = hasHigh === 0 ? 0 : +(tooMany[s] >= start);
        r |= ((enough & (excess ^ 1)) ^ flip) << b;
      }
      r &= m;
    } else {
      while (m !== 0) {
        const b = 31 - Math.clz32(m & -m);
        const s = base + b;
        const enough = hasLow === 0 || atLeast[s] >= start;
        const excess = hasHigh === 1 && tooMany[s] >= start;
        r |= (+(enough && !excess) ^ flip) << b;
        m &= m - 1;
      }
    }
    out[w] = r;
  }
}
