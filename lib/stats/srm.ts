import { chiSquareUpperTail } from './distributions';
import { assertCount, finite, notDefined, type Stat } from './stat';

/** The p-value below which the split is flagged: at this level a false alarm is rare. */
export const SRM_THRESHOLD = 0.001;

export interface SrmResult {
  statistic: Stat;
  df: number;
  pValue: Stat;
  /** p < SRM_THRESHOLD: the observed split does not match the configured weights. */
  mismatch: boolean;
  /** Some expected count is below 5: the chi-square approximation is rough (R warns likewise). */
  lowExpectedCounts: boolean;
}

/**
 * Sample-ratio mismatch: Pearson's chi-square goodness of fit of exposures per arm against
 * the configured weights (rescaled to sum to 1), df = arms − 1; as R's
 * `chisq.test(observed, p = weights, rescale.p = TRUE)`.
 */
export function sampleRatioMismatch(observed: readonly number[], weights: readonly number[]): SrmResult {
  if (observed.length !== weights.length) throw new RangeError('observed and weights differ in length');
  observed.forEach((o, i) => assertCount(o, `observed[${i}]`));
  weights.forEach((w, i) => {
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`weights[${i}] must be finite and ≥ 0`);
  });
  const df = observed.length - 1;
  const none = (reason: string): SrmResult => {
    const r = notDefined(reason);
    return { statistic: r, df, pValue: r, mismatch: false, lowExpectedCounts: false };
  };
  if (observed.length < 2) return none('A sample-ratio check needs at least two arms.');
  if (weights.some((w) => w === 0)) return none('An arm has weight 0: compare only arms that receive traffic.');
  const total = observed.reduce((s, o) => s + o, 0);
  if (total === 0) return none('No exposures yet.');
  const weightSum = weights.reduce((s, w) => s + w, 0);
  let statistic = 0;
  let lowExpectedCounts = false;
  observed.forEach((o, i) => {
    const expected = (total * weights[i]) / weightSum;
    if (expected < 5) lowExpectedCounts = true;
    statistic += ((o - expected) * (o - expected)) / expected;
  });
  const pValue = finite(chiSquareUpperTail(statistic, df), 'p-value not finite.');
  return {
    statistic: finite(statistic, 'Statistic not finite.'),
    df,
    pValue,
    mismatch: pValue.value !== null && pValue.value < SRM_THRESHOLD,
    lowExpectedCounts,
  };
}
