import { compareBayesian } from '@/lib/stats/bayesian';
import { holmAdjust } from '@/lib/stats/holm';
import { compareProportions } from '@/lib/stats/proportions';
import { known, notDefined, type Stat } from '@/lib/stats/stat';
import { welchTest, type SampleSummary } from '@/lib/stats/welch';
import type { Arm } from '../arms';
import { describeMetric, type Metric } from '../metrics';
import type { ArmResult, ArmSummary, MetricResult } from './types';

// One metric's table: every treatment against the control (the first arm), with the numbers
// from lib/stats and Holm across the treatments. Nothing here computes a statistic itself.

const CONTINUOUS_ONLY_FREQUENTIST = 'The Bayesian chance is computed for conversion metrics only.';
const NO_RELATIVE_CI = 'No interval for a relative change of a mean (only the absolute difference has one).';

function sampleSummary(s: ArmSummary): SampleSummary {
  return { n: s.n, mean: s.n > 0 ? s.total / s.n : 0, variance: s.n > 1 ? s.m2 / (s.n - 1) : 0 };
}

function meanStat(s: ArmSummary, metric: Metric): Stat {
  if (s.n > 0) return known(s.total / s.n);
  return notDefined(s.users === 0 ? 'No exposed users yet.' : metric.kind === 'conversion' ? 'No exposed users yet.' : 'No user has a value yet.');
}

function baseRow(arm: Arm, index: number, s: ArmSummary, metric: Metric): ArmResult {
  const conversion = metric.kind === 'conversion';
  return {
    key: arm.key,
    name: arm.name,
    weight: arm.weight,
    control: index === 0,
    users: s.users,
    conversions: conversion ? s.total : null,
    usersWithData: conversion ? null : s.n,
    value: meanStat(s, metric),
    standardDeviation: conversion ? null : s.n > 1 ? known(Math.sqrt(Math.max(0, s.m2) / (s.n - 1))) : notDefined('Needs at least 2 users with a value.'),
    absoluteLift: null,
    absoluteLiftCi: null,
    relativeLift: null,
    relativeLiftCi: null,
    pValue: null,
    adjustedPValue: null,
    chanceToBeatControl: null,
    expectedLoss: null,
  };
}

function compareConversion(row: ArmResult, control: ArmSummary, treatment: ArmSummary): void {
  const c = { users: control.users, conversions: control.total };
  const t = { users: treatment.users, conversions: treatment.total };
  const f = compareProportions(c, t);
  const b = compareBayesian(c, t);
  Object.assign(row, {
    absoluteLift: f.absoluteLift,
    absoluteLiftCi: f.absoluteLiftCi,
    relativeLift: f.relativeLift,
    relativeLiftCi: f.relativeLiftCi,
    pValue: f.pValue,
    chanceToBeatControl: b.chanceToBeatControl,
    expectedLoss: b.expectedLoss,
  });
}

function compareContinuous(row: ArmResult, control: ArmSummary, treatment: ArmSummary): void {
  const w = welchTest(sampleSummary(control), sampleSummary(treatment));
  const controlMean = control.n > 0 ? control.total / control.n : 0;
  const relativeLift =
    w.difference.value === null ? w.difference : controlMean === 0 ? notDefined('The control’s mean is 0: a relative change is undefined.') : known(w.difference.value / controlMean);
  Object.assign(row, {
    absoluteLift: w.difference,
    absoluteLiftCi: w.differenceCi,
    relativeLift,
    relativeLiftCi: notDefined(NO_RELATIVE_CI),
    pValue: w.pValue,
    chanceToBeatControl: notDefined(CONTINUOUS_ONLY_FREQUENTIST),
    expectedLoss: notDefined(CONTINUOUS_ONLY_FREQUENTIST),
  });
}

export function compareMetric(metric: Metric, arms: readonly Arm[], summaries: ReadonlyMap<string, ArmSummary>): MetricResult {
  const rows = arms.map((arm, i) => baseRow(arm, i, summaries.get(arm.key)!, metric));
  const control = summaries.get(arms[0].key)!;
  for (let i = 1; i < arms.length; i++) {
    const treatment = summaries.get(arms[i].key)!;
    if (metric.kind === 'conversion') compareConversion(rows[i], control, treatment);
    else compareContinuous(rows[i], control, treatment);
  }
  const treatments = rows.slice(1);
  const adjusted = holmAdjust(treatments.map((r) => r.pValue?.value ?? null));
  treatments.forEach((r, i) => {
    const p = adjusted[i];
    r.adjustedPValue = p === null ? (r.pValue ?? notDefined('No p-value.')) : known(p);
  });
  return { label: describeMetric(metric), metric, arms: rows, holm: treatments.length > 1 };
}
