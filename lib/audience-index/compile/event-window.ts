import { type EventCondition, durationMs, parseInstant } from '@/lib/segments';
import { lowerBound, upperBound } from '../storage/typed';

// The evaluator's window (lib/segments/evaluate/event.ts): [asOf − N, asOf] for "last N",
// [from, min(to, asOf)] for "between", (−∞, asOf] for "ever" — it always ends at asOf or
// before, which is also how events after asOf never count.
export function eventWindow(condition: EventCondition, asOf: number): { start: number; end: number } {
  const w = condition.window;
  if (w.type === 'last') return { start: asOf - durationMs(w), end: asOf };
  if (w.type === 'between') return { start: parseInstant(w.from)!, end: Math.min(parseInstant(w.to)!, asOf) };
  return { start: Number.NEGATIVE_INFINITY, end: asOf };
}

// A profile has a handful of events of a name: scanning from the newest is cheaper than a
// binary search until the range grows.
const LINEAR_UP_TO = 16;

/** First position in [a, b) whose timestamp is after `end` (b when none); `newest` = ts[b − 1] (NaN when a = b). */
export function windowEnd(ts: Float64Array, a: number, b: number, end: number, newest: number): number {
  if (newest <= end || b === a) return b;
  if (b - a > LINEAR_UP_TO) return upperBound(ts, a, b, end);
  let q = b - 1;
  while (q > a && ts[q - 1] > end) q--;
  return q;
}

/** First position in [a, q) whose timestamp is at or after `start`. */
export function windowStart(ts: Float64Array, a: number, q: number, start: number): number {
  if (q - a > LINEAR_UP_TO) return lowerBound(ts, a, q, start);
  let p = q;
  while (p > a && ts[p - 1] >= start) p--;
  return p;
}
