import type { EventCondition } from '@/lib/segments';
import type { Column } from '../storage/column';
import type { IndexData, Timeline } from '../storage/index-data';
import { columnTest, compareNumber } from './column-test';
import { decide, errorBound, exactMeasure } from './exact-sum';
import { COST, type Expr, type RowTest, combine, constant, costOf, test } from './expr';
import { countTest, newestOf, oldestOf } from './event-count';
import { finiteValues, slotAggregates, wholeStreamBits } from './slot-aggregates';
import { eventWindow, windowEnd, windowStart } from './event-window';
import type { NumberOp } from './value-test';

// An aggregate over one name's timeline per profile. Semantics as in the evaluator
// (lib/segments/evaluate/event.ts): count / distinct_days / sum are 0 without matching
// events, avg / min / max missing (every comparison false); sum/avg/min/max skip values
// that are not finite JSON numbers; distinct days are UTC days.
const MS_PER_DAY = 86_400_000;

export interface EventEnv {
  data: IndexData;
  asOf: number;
  /** A property column over the timeline's positions; undefined when no event has it. */
  property(timeline: Timeline, key: string): Column | undefined;
}

const propertyKey = (field: string) => field.split('.').slice(1).join('.');

function positionTest(filter: Expr): RowTest | null {
  if (filter.kind === 'const') return null;
  // Filters are column tests, which always answer per row.
  const tests = (filter.kind === 'and' ? filter.items : [filter]).map((item) => (item as { test: RowTest }).test);
  if (tests.length === 1) return tests[0];
  return (j) => {
    for (const t of tests) if (!t(j)) return false;
    return true;
  };
}

export function eventTest(condition: EventCondition, env: EventEnv): Expr {
  const op: NumberOp = condition.operator;
  const [lo, hi] = condition.operator === 'between' ? condition.value : [condition.value, condition.value];
  const { measure } = condition;
  const zero = measure === 'count' || measure === 'distinct_days' || measure === 'sum';
  // The answer for a profile with no matching event (or no usable value).
  const none = zero && compareNumber(op, 0, lo, hi);
  const timeline = env.data.timelines.get(condition.event);
  const { start, end } = eventWindow(condition, env.asOf);
  if (!timeline || !(start <= end)) return constant(none);
  const filter = combine(
    'and',
    (condition.where ?? []).map((f) => columnTest(env.property(timeline, propertyKey(f.field)), f, env.asOf)),
  );
  if (filter.kind === 'const' && !filter.value) return constant(none);
  const pass = positionTest(filter);
  const { offsets, ts, last } = timeline;
  const cost = COST.aggregate + costOf(filter);

  if (measure === 'count' && !pass) return countTest(timeline, start, end, op, lo, hi);
  if (measure === 'count' || measure === 'distinct_days') {
    const days = measure === 'distinct_days';
    return test((i) => {
      const a = offsets[i];
      const q = windowEnd(ts, a, offsets[i + 1], end, last[i]);
      let n = 0;
      let day = Number.NaN;
      for (let j = windowStart(ts, a, q, start); j < q; j++) {
        if (pass && !pass(j)) continue;
        if (!days) n++;
        else {
          const d = Math.floor(ts[j] / MS_PER_DAY);
          if (d !== day) {
            n++;
            day = d;
          }
        }
      }
      return compareNumber(op, n, lo, hi);
    }, cost);
  }
  const column = env.property(timeline, propertyKey(condition.property!));
  if (!column?.nums) return constant(none);
  const values = finiteValues(column);
  const perEvent = perEventMeasure(measure, timeline, values, pass, start, end, op, lo, hi, none);
  if (pass) return test(perEvent, cost);
  // Without filters, a window holding all of a slot's events reads its whole-stream aggregate.
  const whole = slotAggregates(column, offsets);
  const measured = whole[measure];
  const everyEventInside = oldestOf(timeline) >= start && newestOf(timeline) <= end;
  const bits = wholeStreamBits(offsets, last, env.data.firstTs, measured, whole.count, start, end, op, lo, hi, none, perEvent, everyEventInside);
  return test(perEvent, cost, bits);
}

/** sum / avg / min / max of the events in the window that pass the filters, event by event. */
function perEventMeasure(
  measure: 'sum' | 'avg' | 'min' | 'max',
  timeline: Timeline,
  values: Float64Array,
  pass: RowTest | null,
  start: number,
  end: number,
  op: NumberOp,
  lo: number,
  hi: number,
  none: boolean,
): RowTest {
  const { offsets, ts, last } = timeline;
  if (measure === 'min' || measure === 'max') {
    const max = measure === 'max';
    return (i) => {
      const a = offsets[i];
      const q = windowEnd(ts, a, offsets[i + 1], end, last[i]);
      let m = Number.NaN;
      for (let j = windowStart(ts, a, q, start); j < q; j++) {
        const v = values[j];
        if (v !== v || (pass && !pass(j))) continue;
        if (m !== m || (max ? v > m : v < m)) m = v;
      }
      return m === m ? compareNumber(op, m, lo, hi) : none;
    };
  }
  const average = measure === 'avg';
  const scratch: number[] = [];
  return (i) => {
    const a = offsets[i];
    const q = windowEnd(ts, a, offsets[i + 1], end, last[i]);
    const p = windowStart(ts, a, q, start);
    let s = 0;
    let abs = 0;
    let n = 0;
    for (let j = p; j < q; j++) {
      const v = values[j];
      if (v !== v || (pass && !pass(j))) continue;
      s += v;
      abs += Math.abs(v);
      n++;
    }
    if (n === 0) return none;
    const err = errorBound(n, abs);
    const answer = average ? decide(op, (s - err) / n, (s + err) / n, lo, hi) : decide(op, s - err, s + err, lo, hi);
    if (answer >= 0) return answer === 1;
    scratch.length = 0;
    for (let j = p; j < q; j++) {
      const v = values[j];
      if (v === v && (!pass || pass(j))) scratch.push(v);
    }
    return compareNumber(op, exactMeasure(scratch, average), lo, hi);
  };
}
