import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBayesian } from '@/lib/stats/bayesian';
import { holmAdjust } from '@/lib/stats/holm';
import { compareProportions } from '@/lib/stats/proportions';
import { sampleSizePerArm } from '@/lib/stats/sample-size';
import { sampleRatioMismatch } from '@/lib/stats/srm';
import { welchTest } from '@/lib/stats/welch';
import type { Arm } from '../arms';
import type { PrimaryMetric } from '../metrics';
import { buildResults } from './build-results';
import { mergeSummaries } from './merge-groups';
import type { GroupRow, MetricRows } from './types';
import { experimentVerdict, metricVerdict } from './verdict';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 10, 12);
const TODAY = Math.floor(NOW / DAY);
const arms: Arm[] = [
  { key: 'control', name: 'Control', weight: 34, variantId: null, content: null },
  { key: 'b', name: 'Bold', weight: 33, variantId: 'v1', content: null },
  { key: 'c', name: 'Calm', weight: 33, variantId: 'v2', content: null },
];
const conversion: PrimaryMetric = { kind: 'conversion', event: 'purchase', windowDays: 7, minimumDetectableEffect: { kind: 'relative', value: 0.1 } };
const group = (arm: string, segmentKey: string | null, users: number, conversions: number): GroupRow => {
  const mean = users ? conversions / users : 0;
  return { arm, segmentKey, users, n: users, total: conversions, m2: conversions * (1 - mean) ** 2 + (users - conversions) * mean ** 2, recent: users };
};
const rows = (groups: GroupRow[]): MetricRows => ({
  groups,
  exposureDays: groups.map((g) => ({ arm: g.arm, day: TODAY - 2, count: g.users })),
  conversionDays: groups.map((g) => ({ arm: g.arm, day: TODAY - 1, count: g.total })),
});

describe('buildResults', () => {
  const groups = [group('control', 'vip', 600, 60), group('control', null, 400, 40), group('b', 'vip', 500, 80), group('b', null, 480, 70), group('c', 'vip', 520, 50), group('c', null, 500, 52)];
  const results = buildResults({ experimentId: 'x', arms, primaryMetric: conversion, secondaryMetrics: [], primary: rows(groups), secondary: [], computedAt: NOW });

  it('every number of a conversion metric comes from lib/stats on the merged counts', () => {
    const c = { users: 1000, conversions: 100 };
    const b = { users: 980, conversions: 150 };
    const d = { users: 1020, conversions: 102 };
    const [control, bold, calm] = results.primary.arms;
    expect([control.users, control.conversions, bold.users, bold.conversions]).toEqual([1000, 100, 980, 150]);
    const fb = compareProportions(c, b);
    const bb = compareBayesian(c, b);
    expect(bold).toMatchObject({ absoluteLift: fb.absoluteLift, absoluteLiftCi: fb.absoluteLiftCi, relativeLift: fb.relativeLift, relativeLiftCi: fb.relativeLiftCi, pValue: fb.pValue, chanceToBeatControl: bb.chanceToBeatControl, expectedLoss: bb.expectedLoss });
    const holm = holmAdjust([fb.pValue.value, compareProportions(c, d).pValue.value]);
    expect([bold.adjustedPValue!.value, calm.adjustedPValue!.value]).toEqual(holm);
    expect(results.primary.holm).toBe(true);
    expect(control.absoluteLift).toBeNull();
  });

  it('checks the split, plans the sample, breaks down by segment and draws the series', () => {
    expect(results.srm.pValue).toEqual(sampleRatioMismatch([1000, 980, 1020], [34, 33, 33]).pValue);
    const plan = sampleSizePerArm(0.1, { kind: 'relative', value: 0.1 }, { alpha: 0.025, power: 0.8 });
    expect(results.sampleSize.value).toMatchObject({ baselineRate: 0.1, baselineSource: 'observed', perArm: { value: plan.value!.perArm }, alpha: 0.025 });
    expect(results.segments.map((s) => [s.segmentKey, s.users])).toEqual([['vip', 1620], [null, 1380]]);
    expect(results.segments[0].primary.arms[1].pValue).toEqual(compareProportions({ users: 600, conversions: 60 }, { users: 500, conversions: 80 }).pValue);
    expect(results.series.map((p) => [p.date, p.arms.b])).toEqual([
      ['2024-06-08', { exposed: 980, conversions: 0, rate: 0 }],
      ['2024-06-09', { exposed: 980, conversions: 150, rate: 150 / 980 }],
    ]);
  });

  it('names the winner in words, and the split problem before anything else', () => {
    expect(experimentVerdict(results)).toMatchObject({ tone: 'winner', headline: expect.stringContaining('Bold is winning') });
    const skewed = buildResults({ experimentId: 'x', arms, primaryMetric: conversion, secondaryMetrics: [], primary: rows([group('control', null, 5000, 500), group('b', null, 4000, 400), group('c', null, 4000, 400)]), secondary: [], computedAt: NOW });
    expect(skewed.srm.mismatch).toBe(true);
    expect(experimentVerdict(skewed).tone).toBe('warning');
    expect(metricVerdict(skewed.primary).tone).toBe('inconclusive');
  });

  it('continuous metrics use Welch on the merged per-user summaries', () => {
    const metric: PrimaryMetric = { kind: 'continuous', event: 'purchase', windowDays: 7, property: 'properties.amount', aggregate: 'sum' };
    const g: GroupRow[] = [
      { arm: 'control', segmentKey: 'a', users: 10, n: 10, total: 50, m2: 20, recent: 10 },
      { arm: 'control', segmentKey: 'b', users: 5, n: 5, total: 40, m2: 8, recent: 5 },
      { arm: 'b', segmentKey: 'a', users: 12, n: 12, total: 96, m2: 30, recent: 12 },
      { arm: 'c', segmentKey: 'a', users: 0, n: 0, total: 0, m2: 0, recent: 0 },
    ];
    const r = buildResults({ experimentId: 'x', arms, primaryMetric: metric, secondaryMetrics: [], primary: { ...rows(g), conversionDays: [] }, secondary: [], computedAt: NOW });
    const merged = mergeSummaries(g[0], g[1]);
    const w = welchTest({ n: 15, mean: 90 / 15, variance: merged.m2 / 14 }, { n: 12, mean: 8, variance: 30 / 11 });
    expect(r.primary.arms[1]).toMatchObject({ absoluteLift: w.difference, absoluteLiftCi: w.differenceCi, pValue: w.pValue });
    expect(r.primary.arms[2].pValue!.value).toBeNull();
    expect(r.sampleSize.value).toBeNull();
  });
});

describe('mergeSummaries', () => {
  it('equals the two-pass sum of squared deviations of the pooled values', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 30 });
    fc.assert(
      fc.property(values, values, (a, b) => {
        const summary = (xs: number[]) => {
          const total = xs.reduce((s, x) => s + x, 0);
          const mean = xs.length ? total / xs.length : 0;
          return { users: xs.length, n: xs.length, total, m2: xs.reduce((s, x) => s + (x - mean) ** 2, 0) };
        };
        const merged = mergeSummaries(summary(a), summary(b));
        const direct = summary([...a, ...b]);
        expect(merged.n).toBe(direct.n);
        expect(Math.abs(merged.m2 - direct.m2)).toBeLessThanOrEqual(1e-9 * Math.max(1, direct.m2) + 1e-6);
      }),
    );
  });
});
