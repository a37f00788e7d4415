import { fsum } from '@/lib/segments';
import type { Column, SlotAggregates } from '../storage/column';
import { TAG_NUMBER } from '../storage/tags';
import { shared } from '../storage/typed';
import { type BitsTest, DENSE_FROM, numberRange, popcount } from './bits';
import { compareNumber } from './column-test';
import type { NumberOp } from './value-test';

// sum / avg / min / max over a window that holds all of a profile's events (a "last 90
// days" over 90 days of data, or "ever" as of now) are the slot's whole-stream aggregates:
// computed once per property column, exactly as the evaluator would (fsum), then read in
// one step. Windows that cut a profile's events short fall back to the per-event loop.

/** Each event's number, NaN where the property is not a finite number. */
export function finiteValues(column: Column): Float64Array {
  if (column.cache.finite) return column.cache.finite;
  const values = shared(Float64Array, column.length).fill(Number.NaN);
  const { codes, nums } = column;
  if (nums) for (let j = 0; j < column.length; j++) if (codes[j] === TAG_NUMBER) values[j] = nums[j];
  column.cache.finite = values;
  return values;
}

export function slotAggregates(column: Column, offsets: Int32Array): SlotAggregates {
  if (column.cache.perSlot) return column.cache.perSlot;
  const values = finiteValues(column);
  const slots = offsets.length - 1;
  const aggregates: SlotAggregates = {
    sum: shared(Float64Array, slots),
    count: shared(Int32Array, slots),
    avg: shared(Float64Array, slots).fill(Number.NaN),
    min: shared(Float64Array, slots).fill(Number.NaN),
    max: shared(Float64Array, slots).fill(Number.NaN),
  };
  const scratch: number[] = [];
  for (let s = 0; s < slots; s++) {
    scratch.length = 0;
    let min = Number.NaN;
    let max = Number.NaN;
    for (let j = offsets[s]; j < offsets[s + 1]; j++) {
      const v = values[j];
      if (v !== v) continue;
      scratch.push(v);
      // The evaluator's reduce keeps the first of equal values; only −0 / 0 could tell.
      if (min !== min || v < min) min = v;
      if (max !== max || v > max) max = v;
    }
    aggregates.sum[s] = scratch.length === 0 ? 0 : scratch.length === 1 ? scratch[0] : fsum(scratch);
    aggregates.count[s] = scratch.length;
    if (scratch.length > 0) aggregates.avg[s] = aggregates.sum[s] / scratch.length;
    aggregates.min[s] = min;
    aggregates.max[s] = max;
  }
  column.cache.perSlot = aggregates;
  return aggregates;
}

/**
 * The whole-stream aggregate where the window holds all of a slot's events (every event is
 * at or after `start` — the profile's first event of any name is — and at or before `end`);
 * any other slot asks `perEvent`, the per-event loop. Empty slots answer `none`.
 */
export function wholeStreamBits(
  offsets: Int32Array,
  last: Float64Array,
  firstOfProfile: Float64Array,
  values: Float64Array,
  count: Int32Array,
  start: number,
  end: number,
  op: NumberOp,
  lo: number,
  hi: number,
  none: boolean,
  perEvent: (slot: number) => boolean,
  /** The window holds every event of the timeline: no slot needs checking. */
  everyEventInside: boolean,
): BitsTest {
  const empty = none ? 1 : 0;
  if (everyEventInside) return wholeBits(values, count, numberRange(op, lo, hi), empty);
  return (within, out, w0, w1) => {
    for (let w = w0; w < w1; w++) {
      let m = within[w];
      let r = 0;
      const base = w << 5;
      while (m !== 0) {
        const bit = 31 - Math.clz32(m & -m);
        const slot = base + bit;
        let hit: number;
        if (offsets[slot + 1] === offsets[slot]) hit = empty;
        else if (last[slot] <= end && firstOfProfile[slot] >= start) hit = count[slot] === 0 ? empty : +compareNumber(op, values[slot], lo, hi);
        else hit = +perEvent(slot);
        r |= hit << bit;
        m &= m - 1;
      }
      out[w] = r;
    }
  };
}

/** Every slot's whole-stream aggregate answers: branch-free on dense words. */
function wholeBits(values: Float64Array, count: Int32Array, range: { from: number; to: number; negate: number }, empty: number): BitsTest {
  const { from, to, negate } = range;
  const fullWords = count.length >>> 5;
  // Arguments, not captured variables: see the note above codeMaskBits (bits.ts).
  return (within, out, w0, w1) => wholeWords(within, out, w0, w1, values, count, from, to, negate, empty, fullWords);
}

function wholeWords(
  within: Int32Array,
  out: Int32Array,
  w0: number,
  w1: number,
  values: Float64Array,
  count: Int32Array,
  from: number,
  to: number,
  negate: number,
  empty: number,
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
        const v = values[base + b];
        const some = +(count[base + b] !== 0);
        r |= ((((+(v >= from) & +(v <= to)) ^ negate) & some) | (empty & (some ^ 1))) << b;
      }
      r &= m;
    } else {
      while (m !== 0) {
        const b = 31 - Math.clz32(m & -m);
        const v = values[base + b];
        const answer = (+(v >= from) & +(v <= to)) ^ negate;
        r |= (count[base + b] === 0 ? empty : answer) << b;
        m &= m - 1;
      }
    }
    out[w] = r;
  }
}
