import { tCritical, twoSidedTP } from './distributions';
import { assertProbability, finite, interval, known, notDefined, type Interval, type Stat } from './stat';

/** Summary of a continuous metric in one arm; variance is the sample variance (n − 1 denominator). */
export interface SampleSummary {
  n: number;
  mean: number;
  variance: number;
}

export interface WelchResult {
  /** treatment mean − control mean. */
  difference: Stat;
  differenceCi: Stat<Interval>;
  t: Stat;
  df: Stat;
  pValue: Stat;
}

function check(s: SampleSummary, name: string): void {
  if (!Number.isSafeInteger(s.n) || s.n < 0) throw new RangeError(`${name}.n must be a non-negative integer`);
  if (s.n > 0 && !Number.isFinite(s.mean)) throw new RangeError(`${name}.mean must be finite`);
  if (s.n > 1 && !(Number.isFinite(s.variance) && s.variance >= 0)) throw new RangeError(`${name}.variance must be finite and ≥ 0`);
}

/**
 * Welch's unequal-variance t-test from summaries, as R's `t.test(treatment, control)`:
 * se = √(v_t/n_t + v_c/n_c), t = (m_t − m_c)/se, Welch–Satterthwaite
 * df = se⁴ / ((v_t/n_t)²/(n_t−1) + (v_c/n_c)²/(n_c−1)), CI = (m_t − m_c) ± t_{df,0.975}·se.
 */
export function welchTest(control: SampleSummary, treatment: SampleSummary, confidence = 0.95): WelchResult {
  check(control, 'control');
  check(treatment, 'treatment');
  assertProbability(confidence, 'confidence', { open: true });
  if (control.n === 0 || treatment.n === 0) {
    const none = notDefined('An arm has no exposed users yet.');
    return { difference: none, differenceCi: none, t: none, df: none, pValue: none };
  }
  const difference = finite(treatment.mean - control.mean, 'Difference not finite.');
  const undefinedWith = (reason: string): WelchResult => {
    const r = notDefined(reason);
    return { difference, differenceCi: r, t: r, df: r, pValue: r };
  };
  if (control.n < 2 || treatment.n < 2) return undefinedWith('Each arm needs at least 2 users to estimate its variance.');
  const qt = treatment.variance / treatment.n;
  const qc = control.variance / control.n;
  const se2 = qt + qc;
  if (!(se2 > 0)) return undefinedWith('The metric has the same value for every user in both arms: there is no variation to test.');
  const se = Math.sqrt(se2);
  const df = (se2 * se2) / ((qt * qt) / (treatment.n - 1) + (qc * qc) / (control.n - 1));
  const diff = treatment.mean - control.mean;
  const t = diff / se;
  const half = tCritical(confidence, df) * se;
  return {
    difference,
    differenceCi: interval(diff - half, diff + half, 'Interval not finite.'),
    t: finite(t, 'Statistic not finite.'),
    df: known(df),
    pValue: finite(twoSidedTP(t, df), 'p-value not finite.'),
  };
}
