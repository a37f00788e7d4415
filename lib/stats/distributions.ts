// Distribution functions come from stdlib (well-tested ports of Cephes/Boost), not hand-written
// numerics; tests check them indirectly through every R reference value.
import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Two-sided p-value of a standard normal statistic: 2·Φ(−|z|) (no 1 − Φ cancellation in the tail). */
export const twoSidedNormalP = (z: number): number => Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));

/** Two-sided p-value of a Student t statistic with (possibly fractional) degrees of freedom. */
export const twoSidedTP = (t: number, df: number): number => Math.min(1, 2 * tCdf(-Math.abs(t), df));

/** z such that P(|Z| ≤ z) = confidence, e.g. 1.959964 for 0.95. */
export const normalCritical = (confidence: number): number => normalQuantile(1 - (1 - confidence) / 2, 0, 1);

export const normalUpperQuantile = (tail: number): number => normalQuantile(1 - tail, 0, 1);

export const tCritical = (confidence: number, df: number): number => tQuantile(1 - (1 - confidence) / 2, df);

/**
 * P(χ²_df ≥ x) as the regularized upper incomplete gamma Q(df/2, x/2), which stays accurate
 * for tiny p-values where 1 − CDF would round to 0.
 */
export const chiSquareUpperTail = (x: number, df: number): number => gammainc(x / 2, df / 2, true, true);
