import type { EventCondition } from '../schema/conditions';
import { MS_PER_DAY, parseInstant } from '../values/dates';
import { durationMs } from '../values/durations';
import { fsum } from '../values/fsum';
import { readPath } from '../values/paths';
import type { Test } from './attribute';
import { compilePredicate } from './predicate';

// An aggregate over the profile's events of one name, inside a window that always ends at
// asOf or earlier (prepare.ts already dropped later events). count and distinct_days are 0
// without matching events, and so is sum, so "did not do X" is count = 0; avg/min/max are
// missing then, and a missing measure fails every comparison. sum/avg/min/max skip events
// whose property is absent or not a finite JSON number ("19.99" is text), while count still
// counts those events.

/** [start, end] of the window at `asOf`; the window's own instants are parsed once. */
function compileWindow(condition: EventCondition): (asOf: number) => [number, number] {
  const w = condition.window;
  if (w.type === 'last') {
    const span = durationMs(w);
    return (asOf) => [asOf - span, asOf];
  }
  if (w.type === 'between') {
    const from = parseInstant(w.from)!;
    const to = parseInstant(w.to)!;
    return (asOf) => [from, Math.min(to, asOf)];
  }
  return (asOf) => [-Infinity, asOf];
}

type Measure = (timestamps: number[], values: number[]) => number | undefined;

const MEASURES: Record<EventCondition['measure'], Measure> = {
  count: (ts) => ts.length,
  distinct_days: (ts) => new Set(ts.map((t) => Math.floor(t / MS_PER_DAY))).size,
  sum: (_, values) => fsum(values),
  avg: (_, values) => (values.length === 0 ? undefined : fsum(values) / values.length),
  min: (_, values) => (values.length === 0 ? undefined : values.reduce((a, b) => (b < a ? b : a))),
  max: (_, values) => (values.length === 0 ? undefined : values.reduce((a, b) => (b > a ? b : a))),
};

function compileComparison(condition: EventCondition): (measured: number | undefined) => boolean {
  if (condition.operator === 'between') {
    const [lo, hi] = condition.value;
    return (m) => m !== undefined && m >= lo && m <= hi;
  }
  const x = condition.value;
  switch (condition.operator) {
    case 'gt': return (m) => m !== undefined && m > x;
    case 'gte': return (m) => m !== undefined && m >= x;
    case 'lt': return (m) => m !== undefined && m < x;
    case 'lte': return (m) => m !== undefined && m <= x;
    case 'eq': return (m) => m !== undefined && m === x;
    case 'neq': return (m) => m !== undefined && m !== x;
  }
}

export function compileEvent(condition: EventCondition): Test {
  const filters = (condition.where ?? []).map((f) => {
    const test = compilePredicate(f);
    const path = f.field.split('.').slice(1);
    return { test, path };
  });
  const propertyPath = condition.property?.split('.').slice(1);
  const measure = MEASURES[condition.measure];
  const compare = compileComparison(condition);
  const window = compileWindow(condition);
  return (ctx) => {
    const [start, end] = window(ctx.asOf);
    const timestamps: number[] = [];
    const values: number[] = [];
    for (const event of ctx.eventsNamed(condition.event)) {
      if (event.ts < start || event.ts > end) continue;
      if (!filters.every((f) => f.test(readPath(event.properties, f.path), ctx.asOf))) continue;
      timestamps.push(event.ts);
      if (propertyPath) {
        const v = readPath(event.properties, propertyPath);
        if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
      }
    }
    return compare(measure(timestamps, values));
  };
}
