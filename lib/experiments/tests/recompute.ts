import type { Metric } from '@/lib/experiments/metrics';
import type { DayRow, GroupRow, MetricRows } from '@/lib/experiments/results/types';
import { compilePredicate } from '@/lib/segments/evaluate/predicate';
import { readPath } from '@/lib/segments/values/paths';

// The straightforward reading of docs/EXPERIMENTS.md, profile by profile in JavaScript: what
// the SQL of metric-sql.ts must agree with. Property filters use the core's own predicate.

export type RecomputeExposure = { profileId: number; arm: string; segmentKey: string | null; exposedAt: number };
export type RecomputeEvent = { profileId: number; name: string; timestamp: number; properties: unknown };

const DAY_MS = 86_400_000;
const day = (ms: number) => Math.floor(ms / DAY_MS);

export function recomputeMetric(metric: Metric, exposures: readonly RecomputeExposure[], events: readonly RecomputeEvent[], options: { asOf: number; since?: number }): MetricRows {
  const filters = (metric.where ?? []).map((f) => ({ test: compilePredicate(f), path: f.field.split('.').slice(1) }));
  const property = metric.kind === 'continuous' ? metric.property.split('.').slice(1) : null;
  type User = { e: RecomputeExposure; v: number | null; c: number | null };
  const users: User[] = exposures.map((e) => {
    const qualifying = events.filter(
      (ev) =>
        ev.profileId === e.profileId &&
        ev.name === metric.event &&
        ev.timestamp >= e.exposedAt &&
        ev.timestamp < e.exposedAt + metric.windowDays * DAY_MS &&
        filters.every((f) => f.test(readPath(ev.properties, f.path), options.asOf)),
    );
    if (metric.kind === 'conversion') {
      return { e, v: qualifying.length > 0 ? 1 : 0, c: qualifying.length ? Math.min(...qualifying.map((q) => q.timestamp)) : null };
    }
    const values = qualifying.map((q) => readPath(q.properties, property!)).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    const sum = values.reduce((s, x) => s + x, 0);
    const v = metric.aggregate === 'sum' ? sum : values.length ? sum / values.length : null;
    return { e, v, c: null };
  });

  const groups = new Map<string, User[]>();
  for (const u of users) {
    const key = JSON.stringify([u.e.arm, u.e.segmentKey]);
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const groupRows: GroupRow[] = [...groups.entries()].map(([key, members]) => {
    const [arm, segmentKey] = JSON.parse(key) as [string, string | null];
    const values = members.flatMap((m) => (m.v === null ? [] : [m.v]));
    const total = values.reduce((s, x) => s + x, 0);
    const mean = values.length ? total / values.length : 0;
    return {
      arm,
      segmentKey,
      users: members.length,
      n: values.length,
      total,
      m2: values.reduce((s, x) => s + (x - mean) ** 2, 0),
      recent: members.filter((m) => options.since === undefined || m.e.exposedAt >= options.since).length,
    };
  });
  const daily = (pick: (u: User) => number | null): DayRow[] => {
    const counts = new Map<string, number>();
    for (const u of users) {
      const t = pick(u);
      if (t === null) continue;
      const key = JSON.stringify([u.e.arm, day(t)]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()].map(([key, count]) => {
      const [arm, d] = JSON.parse(key) as [string, number];
      return { arm, day: d, count };
    });
  };
  return {
    groups: groupRows,
    exposureDays: daily((u) => u.e.exposedAt),
    conversionDays: metric.kind === 'conversion' ? daily((u) => u.c) : [],
  };
}
