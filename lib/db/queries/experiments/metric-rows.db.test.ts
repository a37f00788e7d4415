import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { prisma } from '@/lib/db/client';
import { rawDb } from '@/lib/db/raw';
import type { Metric } from '@/lib/experiments/metrics';
import type { PropertyFilter } from '@/lib/segments';
import type { GroupRow, MetricRows } from '@/lib/experiments/results/types';
import { type RecomputeEvent, type RecomputeExposure, recomputeMetric } from '@/lib/experiments/tests/recompute';
import { clearWorkspace, insertProfiles } from '@/lib/segments/sql/tests/test-data';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { createExperiment } from './create-experiment';
import { queryMetricRows } from './query-metric-rows';

// The results SQL against a plain JavaScript recomputation (lib/experiments/tests/recompute.ts)
// on random exposures and events: events before exposure, at its very instant, at the end of
// the window (excluded) and after it; filtered-out and non-numeric properties; repeated
// conversions; profiles exposed in two experiments with different segments.

const RUNS = Number(process.env.EXPERIMENT_RESULTS_RUNS ?? 25);
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 2, 1, 10);
const ARMS = ['control', 'b', 'c'];

const arm = (key: string, weight: number) => ({ key, name: key, weight, variantId: null, content: null });

type Profile = {
  a: { arm: number; segment: string | null; at: number } | null;
  b: { arm: number; segment: string | null; at: number } | null;
  events: { name: string; at: { from: 'a' | 't0'; offset: number }; properties: Record<string, unknown> }[];
};

const exposure = fc.record({
  arm: fc.integer({ min: 0, max: 2 }),
  segment: fc.constantFrom(null, 'vip', 'new'),
  at: fc.integer({ min: 0, max: 9 * DAY }),
});
const offset = fc.oneof(
  fc.constantFrom(0, -1, 1, DAY - 1, DAY, 2 * DAY, 3 * DAY - 1, 3 * DAY, 7 * DAY),
  fc.integer({ min: -3 * DAY, max: 12 * DAY }),
);
const properties = fc.record(
  {
    plan: fc.constantFrom('pro', 'free', 'PRO', 'team', null),
    // Amounts are money-like: subnormal numbers make PostgreSQL's AVG raise an underflow error.
    amount: fc.oneof(fc.integer({ min: -5, max: 500 }), fc.double({ min: 0, max: 1e4, noNaN: true }).map((x) => (x < 1e-9 ? 0 : x)), fc.constant('12')),
  },
  { requiredKeys: [] },
);
const profile: fc.Arbitrary<Profile> = fc.record({
  a: fc.option(exposure, { nil: null }),
  b: fc.option(exposure, { nil: null }),
  events: fc.array(
    fc.record({ name: fc.constantFrom('purchase', 'purchase', 'view'), at: fc.record({ from: fc.constantFrom('a' as const, 't0' as const), offset }), properties }),
    { maxLength: 6 },
  ),
});

const metrics: fc.Arbitrary<Metric> = fc.oneof(
  fc.record({
    kind: fc.constant('conversion' as const),
    event: fc.constant('purchase'),
    windowDays: fc.integer({ min: 1, max: 7 }),
    where: fc.constantFrom<PropertyFilter[] | undefined>(undefined, [{ field: 'properties.plan', operator: 'eq', value: 'pro' }], [{ field: 'properties.amount', operator: 'gt', value: 10 }], [
      { field: 'properties.plan', operator: 'in', value: ['pro', 'team'] },
      { field: 'properties.amount', operator: 'between', value: [0, 300] },
    ]),
  }, { requiredKeys: ['kind', 'event', 'windowDays'] }),
  fc.record({
    kind: fc.constant('continuous' as const),
    event: fc.constant('purchase'),
    windowDays: fc.integer({ min: 1, max: 7 }),
    property: fc.constant('properties.amount'),
    aggregate: fc.constantFrom('sum' as const, 'mean' as const),
    where: fc.constantFrom<PropertyFilter[] | undefined>(undefined, [{ field: 'properties.plan', operator: 'neq', value: 'free' }]),
  }, { requiredKeys: ['kind', 'event', 'windowDays', 'property', 'aggregate'] }),
);

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function normalised(rows: MetricRows) {
  const byKey = (g: GroupRow) => JSON.stringify([g.arm, g.segmentKey]);
  const groups = [...rows.groups].sort((x, y) => byKey(x).localeCompare(byKey(y)));
  const days = (r: { arm: string; day: number; count: number }[]) => [...r].sort((x, y) => x.arm.localeCompare(y.arm) || x.day - y.day);
  return { groups, exposureDays: days(rows.exposureDays), conversionDays: days(rows.conversionDays) };
}

function expectSameRows(sql: MetricRows, js: MetricRows) {
  const a = normalised(sql);
  const b = normalised(js);
  expect(a.exposureDays).toEqual(b.exposureDays);
  expect(a.conversionDays).toEqual(b.conversionDays);
  expect(a.groups.map(({ arm, segmentKey, users, n, recent }) => ({ arm, segmentKey, users, n, recent }))).toEqual(
    b.groups.map(({ arm, segmentKey, users, n, recent }) => ({ arm, segmentKey, users, n, recent })),
  );
  a.groups.forEach((g, i) => {
    expect(close(g.total, b.groups[i].total), `total ${g.total} vs ${b.groups[i].total}`).toBe(true);
    expect(close(g.m2, b.groups[i].m2), `m2 ${g.m2} vs ${b.groups[i].m2}`).toBe(true);
  });
}

describeDb('experiment metric rows', () => {
  let workspaceId = '';
  let slotId = '';
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace('experiment results')).id;
    slotId = (await prisma.slot.create({ data: { workspaceId, key: 'hero', name: 'Hero' } })).id;
  });

  async function setUp(profiles: Profile[]) {
    const db = rawDb();
    await prisma.experiment.deleteMany({ where: { workspaceId } });
    await clearWorkspace(db, workspaceId);
    const events = (p: Profile) =>
      p.events.map((e) => ({ name: e.name, timestamp: (e.at.from === 'a' && p.a ? T0 + p.a.at : T0) + e.at.offset, properties: e.properties }));
    const inputs = await insertProfiles(db, workspaceId, profiles.map((p, i) => ({ externalId: `p${i}`, events: events(p) })));
    const fields = { slotId, segmentKey: null, arms: [arm('control', 40), arm('b', 30), arm('c', 30)], primaryMetric: { kind: 'conversion' as const, event: 'purchase', windowDays: 1 }, secondaryMetrics: [] };
    const a = await createExperiment(workspaceId, { ...fields, key: 'a', name: 'A' });
    const b = await createExperiment(workspaceId, { ...fields, key: 'b', name: 'B' });
    const exposures: Record<'a' | 'b', RecomputeExposure[]> = { a: [], b: [] };
    profiles.forEach((p, i) => {
      for (const which of ['a', 'b'] as const) {
        const x = p[which];
        if (x) exposures[which].push({ profileId: Number(inputs[i].profile.id), arm: ARMS[x.arm], segmentKey: x.segment, exposedAt: T0 + x.at });
      }
    });
    for (const [which, experiment] of [['a', a], ['b', b]] as const) {
      await prisma.exposure.createMany({
        data: exposures[which].map((x) => ({ experimentId: experiment.id, profileId: x.profileId, arm: x.arm, segmentKey: x.segmentKey, exposedAt: new Date(x.exposedAt) })),
      });
    }
    const allEvents: RecomputeEvent[] = inputs.flatMap((input) => input.events.map((e) => ({ profileId: Number(input.profile.id), name: e.name, timestamp: Number(e.timestamp), properties: e.properties })));
    return { db, experiments: { a, b }, exposures, allEvents };
  }

  it(`agree with a per-profile recomputation on random data (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(profile, { maxLength: 12 }), metrics, fc.option(fc.integer({ min: 0, max: 9 * DAY }), { nil: undefined }), async (profiles, metric, sinceOffset) => {
        const { db, experiments, exposures, allEvents } = await setUp(profiles);
        const asOf = T0 + 30 * DAY;
        const since = sinceOffset === undefined ? undefined : T0 + sinceOffset;
        for (const which of ['a', 'b'] as const) {
          const sql = await queryMetricRows(db, { workspaceId, experimentId: experiments[which].id, metric, asOf, since, series: true });
          expectSameRows(sql, recomputeMetric(metric, exposures[which], allEvents, { asOf, since }));
        }
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  it('counts a converter once, only inside the window after the first exposure, with filters', async () => {
    const h = 3_600_000;
    const { db, experiments } = await setUp([
      // converts twice inside the window: one converter
      { a: { arm: 0, segment: 'vip', at: 0 }, b: { arm: 1, segment: 'new', at: 0 }, events: [
        { name: 'purchase', at: { from: 'a', offset: h }, properties: { plan: 'pro', amount: 10 } },
        { name: 'purchase', at: { from: 'a', offset: 2 * h }, properties: { plan: 'pro', amount: 5 } },
      ] },
      // bought before exposure only: not a converter
      { a: { arm: 0, segment: 'vip', at: DAY }, b: null, events: [{ name: 'purchase', at: { from: 'a', offset: -1 }, properties: { plan: 'pro', amount: 7 } }] },
      // bought at the window's end (excluded) and with a filtered-out plan
      { a: { arm: 1, segment: null, at: 0 }, b: null, events: [
        { name: 'purchase', at: { from: 'a', offset: DAY }, properties: { plan: 'pro', amount: 1 } },
        { name: 'purchase', at: { from: 'a', offset: h }, properties: { plan: 'free', amount: 1 } },
      ] },
      // bought at the exposure's instant: counts
      { a: { arm: 1, segment: null, at: 0 }, b: null, events: [{ name: 'purchase', at: { from: 'a', offset: 0 }, properties: { plan: 'pro', amount: '3' } }] },
    ]);
    const metric: Metric = { kind: 'conversion', event: 'purchase', windowDays: 1, where: [{ field: 'properties.plan', operator: 'eq', value: 'pro' }] };
    const rows = await queryMetricRows(db, { workspaceId, experimentId: experiments.a.id, metric, asOf: T0 + 30 * DAY, series: true });
    const byArm = (key: string) => rows.groups.filter((g) => g.arm === key);
    expect(byArm('control')).toEqual([{ arm: 'control', segmentKey: 'vip', users: 2, n: 2, total: 1, m2: 0.5, recent: 2 }]);
    expect(byArm('b')).toEqual([{ arm: 'b', segmentKey: null, users: 2, n: 2, total: 1, m2: 0.5, recent: 2 }]);
    // The profile exposed to both experiments counts in B under B's segment.
    const inB = await queryMetricRows(db, { workspaceId, experimentId: experiments.b.id, metric, asOf: T0 + 30 * DAY, series: false });
    expect(inB.groups).toEqual([{ arm: 'b', segmentKey: 'new', users: 1, n: 1, total: 1, m2: 0, recent: 1 }]);

    const revenue: Metric = { kind: 'continuous', event: 'purchase', windowDays: 1, property: 'properties.amount', aggregate: 'sum' };
    const sums = await queryMetricRows(db, { workspaceId, experimentId: experiments.a.id, metric: revenue, asOf: T0 + 30 * DAY, series: false });
    // control: 15 and 0 (the pre-exposure purchase is ignored); b: 1 (free plan, no filter) and 0 ("3" is text)
    expect(sums.groups.find((g) => g.arm === 'control')).toMatchObject({ users: 2, n: 2, total: 15 });
    expect(sums.groups.find((g) => g.arm === 'b')).toMatchObject({ users: 2, n: 2, total: 1 });
    const mean = await queryMetricRows(db, { workspaceId, experimentId: experiments.a.id, metric: { ...revenue, aggregate: 'mean' }, asOf: T0 + 30 * DAY, series: false });
    // Only users with a number have a mean: control 7.5 (one user), b 1 (one user).
    expect(mean.groups.find((g) => g.arm === 'control')).toMatchObject({ users: 2, n: 1, total: 7.5 });
    expect(mean.groups.find((g) => g.arm === 'b')).toMatchObject({ users: 2, n: 1, total: 1 });
  });
});
