import { remainingSample, sampleSizePerArm } from '@/lib/stats/sample-size';
import { known, notDefined, type Stat } from '@/lib/stats/stat';
import type { Arm } from '../arms';
import type { PrimaryMetric } from '../metrics';
import type { ArmSummary, DayRow, SampleSizeResult } from './types';

/** Used when the experiment does not plan its own minimum detectable effect. */
const DEFAULT_MDE = { kind: 'relative', value: 0.1 } as const;
const POWER = 0.8;
/** The observed control rate replaces the planned one once the control has this many users. */
const OBSERVED_BASELINE_MIN_USERS = 100;
const TRAFFIC_DAYS = 7;

/**
 * How many users the primary conversion metric still needs to detect the planned effect
 * with 80 % power: users per arm from lib/stats (alpha 0.05 split over the treatments, a
 * conservative plan under Holm), what each arm still lacks, and days at recent traffic.
 */
export function sampleSizePlan(
  metric: PrimaryMetric,
  arms: readonly Arm[],
  summaries: ReadonlyMap<string, ArmSummary>,
  exposureDays: readonly DayRow[],
  today: number,
): Stat<SampleSizeResult> {
  if (metric.kind !== 'conversion') return notDefined('Sample sizes are planned for conversion metrics.');
  const control = summaries.get(arms[0].key)!;
  const observed = control.users >= OBSERVED_BASELINE_MIN_USERS && control.total > 0 && control.total < control.users;
  const baselineRate = observed ? control.total / control.users : metric.baselineRate;
  if (baselineRate === undefined) {
    return notDefined(`Enter an expected baseline rate, or wait until the control has ${OBSERVED_BASELINE_MIN_USERS} users and some conversions.`);
  }
  const effect = metric.minimumDetectableEffect ?? DEFAULT_MDE;
  const alpha = 0.05 / Math.max(1, arms.length - 1);
  const plan = sampleSizePerArm(baselineRate, effect, { alpha, power: POWER });
  const dailyTraffic = recentDailyTraffic(exposureDays, today);
  const base = {
    baselineRate,
    baselineSource: observed ? ('observed' as const) : ('planned' as const),
    minimumDetectableEffect: { ...effect },
    effectSource: metric.minimumDetectableEffect ? ('planned' as const) : ('default' as const),
    alpha,
    power: POWER,
    dailyTraffic,
  };
  if (plan.value === null) {
    return known({ ...base, perArm: plan, remainingPerArm: null, remainingTraffic: plan, daysRemaining: plan });
  }
  const remaining = remainingSample(plan.value.perArm, arms.map((a) => summaries.get(a.key)!.users), arms.map((a) => a.weight));
  const traffic = remaining.traffic;
  const daysRemaining: Stat =
    traffic.value === null
      ? traffic
      : traffic.value === 0
        ? known(0)
        : dailyTraffic
          ? known(Math.ceil(traffic.value / dailyTraffic))
          : notDefined('No exposures in the last 7 days to estimate traffic from.');
  return known({
    ...base,
    perArm: known(plan.value.perArm),
    remainingPerArm: Object.fromEntries(arms.map((a, i) => [a.key, remaining.perArm[i]])),
    remainingTraffic: traffic,
    daysRemaining,
  });
}

/** Mean exposures per day over the last 7 days up to `today` (fewer if the experiment is younger). */
function recentDailyTraffic(exposureDays: readonly DayRow[], today: number): number | null {
  if (exposureDays.length === 0) return null;
  const first = Math.min(...exposureDays.map((r) => r.day));
  const from = Math.max(first, today - TRAFFIC_DAYS + 1);
  const days = today - from + 1;
  const count = exposureDays.filter((r) => r.day >= from && r.day <= today).reduce((s, r) => s + r.count, 0);
  return days > 0 && count > 0 ? count / days : null;
}
