import type { Interval, Stat } from '@/lib/stats/stat';
import type { SrmResult } from '@/lib/stats/srm';
import type { Metric } from '../metrics';

// Rows the database returns for one metric (lib/db/queries/experiments/metric-sql.ts) and the
// results the page shows. Pure data: every statistic is a lib/stats `Stat` (a value, or null
// with a reason the UI can show), so the JSON is the same on the server and in the browser.

/** One (arm, exposure segment) group: users, users with a value, Σv and Σ(v − group mean)². */
export interface GroupRow {
  arm: string;
  segmentKey: string | null;
  users: number;
  n: number;
  total: number;
  m2: number;
  /** Exposures since the current weights took effect (all of them when they never changed). */
  recent: number;
}

export interface DayRow {
  arm: string;
  /** Whole UTC days since 1970-01-01. */
  day: number;
  count: number;
}

export interface MetricRows {
  groups: GroupRow[];
  exposureDays: DayRow[];
  conversionDays: DayRow[];
}

/** Summary of one arm: for conversions total = converters and n = users. */
export interface ArmSummary {
  users: number;
  n: number;
  total: number;
  m2: number;
}

export interface ArmResult {
  key: string;
  name: string;
  weight: number;
  control: boolean;
  /** Exposed users. */
  users: number;
  /** Conversion metrics: users who converted. */
  conversions: number | null;
  /** Continuous metrics: users with a value (all exposed users for sums). */
  usersWithData: number | null;
  /** Conversion rate, or the mean per user. */
  value: Stat;
  /** Continuous metrics: sample standard deviation per user. */
  standardDeviation: Stat | null;
  // Against the control (null on the control's own row).
  absoluteLift: Stat | null;
  absoluteLiftCi: Stat<Interval> | null;
  relativeLift: Stat | null;
  relativeLiftCi: Stat<Interval> | null;
  pValue: Stat | null;
  /** Holm-adjusted across the treatment arms of this metric (equal to pValue with one treatment). */
  adjustedPValue: Stat | null;
  chanceToBeatControl: Stat | null;
  expectedLoss: Stat | null;
}

export interface MetricResult {
  label: string;
  metric: Metric;
  arms: ArmResult[];
  /** More than one treatment: p-values are Holm-adjusted, and significance reads the adjusted one. */
  holm: boolean;
}

export interface SegmentResult {
  /** The profile's segment at exposure; null when it was in none. */
  segmentKey: string | null;
  users: number;
  primary: MetricResult;
}

export interface SeriesPoint {
  /** YYYY-MM-DD (UTC). */
  date: string;
  arms: Record<string, { exposed: number; conversions: number | null; rate: number | null }>;
}

export interface SampleSizeResult {
  baselineRate: number;
  baselineSource: 'observed' | 'planned';
  minimumDetectableEffect: { kind: 'absolute' | 'relative'; value: number };
  effectSource: 'planned' | 'default';
  /** Significance level per comparison (0.05 / treatments, conservative for Holm). */
  alpha: number;
  power: number;
  perArm: Stat;
  /** Users each arm still needs. */
  remainingPerArm: Record<string, number> | null;
  /** Further users to enrol in the whole experiment at the current weights. */
  remainingTraffic: Stat;
  /** Exposures per day over the last 7 days (or since the first exposure). */
  dailyTraffic: number | null;
  daysRemaining: Stat;
}

export interface SrmCheck extends SrmResult {
  /** ISO instant since which exposures are counted (the last weight change), or null: since the start. */
  since: string | null;
  arms: { key: string; observed: number; expected: number; weight: number }[];
}

export interface ExperimentResults {
  experimentId: string;
  computedAt: string;
  exposures: number;
  primary: MetricResult;
  secondary: MetricResult[];
  srm: SrmCheck;
  sampleSize: Stat<SampleSizeResult>;
  segments: SegmentResult[];
  series: SeriesPoint[];
}
