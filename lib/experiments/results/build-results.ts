import type { Arm } from '../arms';
import type { Metric, PrimaryMetric } from '../metrics';
import { compareMetric } from './compare-metric';
import { summariesByArm } from './merge-groups';
import { sampleSizePlan } from './sample-size-plan';
import { cumulativeSeries } from './series';
import { srmCheck } from './srm-check';
import type { ExperimentResults, MetricRows, SegmentResult } from './types';

const DAY_MS = 86_400_000;

interface ResultsInput {
  experimentId: string;
  arms: readonly Arm[];
  primaryMetric: PrimaryMetric;
  secondaryMetrics: readonly Metric[];
  /** Rows of the primary metric, with the daily series. */
  primary: MetricRows;
  /** Rows of each secondary metric, in order. */
  secondary: readonly MetricRows[];
  computedAt: number;
}

/** The whole results page from the database's aggregated rows; every statistic from lib/stats. */
export function buildResults(input: ResultsInput): ExperimentResults {
  const { arms, primaryMetric } = input;
  const keys = arms.map((a) => a.key);
  const summaries = summariesByArm(input.primary.groups, keys);
  const today = Math.floor(input.computedAt / DAY_MS);
  const conversionDays = primaryMetric.kind === 'conversion' ? input.primary.conversionDays : null;
  // The chart ends at the last exposure or conversion (today at the latest).
  const lastDay = Math.min(today, Math.max(...[...input.primary.exposureDays, ...(conversionDays ?? [])].map((r) => r.day)));
  const segmentKeys = [...new Set(input.primary.groups.map((g) => g.segmentKey))].sort((a, b) => (a ?? '\uffff').localeCompare(b ?? '\uffff'));
  const segments: SegmentResult[] = segmentKeys.map((segmentKey) => {
    const inSegment = summariesByArm(input.primary.groups, keys, (g) => g.segmentKey === segmentKey);
    return {
      segmentKey,
      users: [...inSegment.values()].reduce((s, a) => s + a.users, 0),
      primary: compareMetric(primaryMetric, arms, inSegment),
    };
  });
  return {
    experimentId: input.experimentId,
    computedAt: new Date(input.computedAt).toISOString(),
    exposures: [...summaries.values()].reduce((s, a) => s + a.users, 0),
    primary: compareMetric(primaryMetric, arms, summaries),
    secondary: input.secondaryMetrics.map((m, i) => compareMetric(m, arms, summariesByArm(input.secondary[i].groups, keys))),
    srm: srmCheck(arms, input.primary.groups),
    sampleSize: sampleSizePlan(primaryMetric, arms, summaries, input.primary.exposureDays, today),
    segments,
    series: cumulativeSeries(keys, input.primary.exposureDays, conversionDays, lastDay),
  };
}
