import type { DayRow, SeriesPoint } from './types';

const DAY_MS = 86_400_000;
/** A chart of more than this many days keeps the most recent ones. */
const MAX_SERIES_DAYS = 400;

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Cumulative exposures and conversions per arm for each UTC day from the first exposure to
 * `lastDay`: on day d, users exposed by the end of d and, of all of them, those who converted
 * by the end of d. The rate is their ratio, so it starts noisy and settles.
 */
export function cumulativeSeries(armKeys: readonly string[], exposures: readonly DayRow[], conversions: readonly DayRow[] | null, lastDay: number): SeriesPoint[] {
  if (exposures.length === 0) return [];
  const firstDay = Math.max(Math.min(...exposures.map((r) => r.day)), lastDay - MAX_SERIES_DAYS + 1);
  const exposed = new Map(armKeys.map((k) => [k, 0]));
  const converted = new Map(armKeys.map((k) => [k, 0]));
  // Days before the first shown one still count towards the cumulative totals.
  const add = (into: Map<string, number>, rows: readonly DayRow[], upTo: (day: number) => boolean) => {
    for (const r of rows) if (into.has(r.arm) && upTo(r.day)) into.set(r.arm, into.get(r.arm)! + r.count);
  };
  add(exposed, exposures, (d) => d < firstDay);
  if (conversions) add(converted, conversions, (d) => d < firstDay);
  const points: SeriesPoint[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    add(exposed, exposures, (d) => d === day);
    if (conversions) add(converted, conversions, (d) => d === day);
    points.push({
      date: isoDay(day),
      arms: Object.fromEntries(
        armKeys.map((k) => {
          const n = exposed.get(k)!;
          const c = conversions ? converted.get(k)! : null;
          return [k, { exposed: n, conversions: c, rate: c === null || n === 0 ? null : c / n }];
        }),
      ),
    });
  }
  return points;
}
