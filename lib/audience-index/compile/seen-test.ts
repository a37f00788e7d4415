import { type AttributeCondition, durationMs, parseTraitDate } from '@/lib/segments';
import type { IndexData } from '../storage/index-data';
import { compareNumber } from './column-test';
import { COST, type Expr, test } from './expr';
import { windowEnd } from './event-window';
import type { NumberOp } from './value-test';

// firstSeenAt / lastSeenAt in conditions are the earliest / latest event timestamp at or
// before asOf, any name (lib/segments/evaluate/attribute.ts). The build keeps each slot's
// earliest and latest stored event; only when the latest lies after asOf (a count "as of"
// the past) are the timelines searched for the latest one still visible.

/** The visible latest event of a slot, NaN when it has none at or before asOf. */
function lastVisible(data: IndexData, slot: number, asOf: number): number {
  if (!(data.firstTs[slot] <= asOf)) return Number.NaN;
  if (data.lastTs[slot] <= asOf) return data.lastTs[slot];
  let last = Number.NaN;
  for (const { offsets, ts, last: newest } of data.timelines.values()) {
    const a = offsets[slot];
    const q = windowEnd(ts, a, offsets[slot + 1], asOf, newest[slot]);
    if (q > a && !(ts[q - 1] <= last)) last = ts[q - 1];
  }
  return last;
}

export function seenTest(condition: AttributeCondition, data: IndexData, asOf: number): Expr {
  const { firstTs } = data;
  const cost = condition.field === 'firstSeenAt' ? COST.column : COST.search;
  const value =
    condition.field === 'firstSeenAt'
      ? (i: number) => (firstTs[i] <= asOf ? firstTs[i] : Number.NaN)
      : (i: number) => lastVisible(data, i, asOf);
  let op: NumberOp;
  let lo: number;
  let hi = 0;
  switch (condition.operator) {
    case 'is_set': return test((i) => value(i) === value(i), cost);
    case 'is_not_set': return test((i) => value(i) !== value(i), cost);
    case 'before': op = 'lt'; lo = parseTraitDate(condition.value)!; break;
    case 'after': op = 'gt'; lo = parseTraitDate(condition.value)!; break;
    case 'within_last': op = 'between'; lo = asOf - durationMs(condition.value); hi = asOf; break;
    case 'not_within_last': op = 'lt'; lo = asOf - durationMs(condition.value); break;
    default:
      // The schema allows only date and presence operators on these fields.
      throw new Error(`operator ${condition.operator} does not apply to ${condition.field}`);
  }
  return test((i) => {
    const ms = value(i);
    return ms === ms && compareNumber(op, ms, lo, hi);
  }, cost);
}
