import { normalCritical, twoSidedNormalP } from './distributions';
import { assertCount, assertProbability, finite, interval, known, notDefined, type Interval, type Stat } from './stat';

/** One arm of a conversion metric: users exposed and how many of them converted. */
export interface ProportionArm {
  users: number;
  conversions: number;
}

export interface ProportionComparison {
  controlRate: Stat;
  treatmentRate: Stat;
  /** treatment rate − control rate, in rate units (0.012 = 1.2 percentage points). */
  absoluteLift: Stat;
  absoluteLiftCi: Stat<Interval>;
  /** treatment rate / control rate − 1 (0.1 = +10 %). */
  relativeLift: Stat;
  relativeLiftCi: Stat<Interval>;
  z: Stat;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  pValue: Stat;
}

export function checkProportionArm(arm: ProportionArm, name: string): void {
  assertCount(arm.users, `${name}.users`);
  assertCount(arm.conversions, `${name}.conversions`);
  if (arm.conversions > arm.users) throw new RangeError(`${name}.conversions (${arm.conversions}) exceeds users (${arm.users})`);
}

/**
 * Treatment against control on a conversion metric.
 *
 * - Test: pooled z-test, z = (p_t − p_c) / √(p̂(1 − p̂)(1/n_t + 1/n_c)) with p̂ the pooled rate,
 *   identical to R's `prop.test(correct = FALSE)` (its X² is z²).
 * - Absolute lift CI: unpooled Wald, (p_t − p_c) ± z·√(p_t(1−p_t)/n_t + p_c(1−p_c)/n_c), clipped
 *   to [−1, 1] — the interval `prop.test(correct = FALSE)` reports. The test pools because it
 *   assumes no difference; the interval does not, so near the 5 % edge they can disagree.
 * - Relative lift CI: delta method on the log of the ratio,
 *   exp(log(p_t/p_c) ± z·√((1−p_t)/x_t + (1−p_c)/x_c)) − 1; asymmetric and never below −100 %.
 */
export function compareProportions(control: ProportionArm, treatment: ProportionArm, confidence = 0.95): ProportionComparison {
  checkProportionArm(control, 'control');
  checkProportionArm(treatment, 'treatment');
  assertProbability(confidence, 'confidence', { open: true });
  const noUsers = notDefined('An arm has no exposed users yet.');
  if (control.users === 0 || treatment.users === 0) {
    const rate = (arm: ProportionArm) => (arm.users === 0 ? noUsers : known(arm.conversions / arm.users));
    return {
      controlRate: rate(control),
      treatmentRate: rate(treatment),
      absoluteLift: noUsers,
      absoluteLiftCi: noUsers,
      relativeLift: noUsers,
      relativeLiftCi: noUsers,
      z: noUsers,
      pValue: noUsers,
    };
  }
  const pc = control.conversions / control.users;
  const pt = treatment.conversions / treatment.users;
  const critical = normalCritical(confidence);
  const diff = pt - pc;

  const pooled = (control.conversions + treatment.conversions) / (control.users + treatment.users);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / control.users + 1 / treatment.users));
  const noSpread =
    pooled === 0
      ? 'No conversions in either arm: the test has nothing to compare.'
      : 'Every user converted in both arms: the test has nothing to compare.';
  const z = pooledSe > 0 ? finite(diff / pooledSe, noSpread) : notDefined(noSpread);

  const se = Math.sqrt((pt * (1 - pt)) / treatment.users + (pc * (1 - pc)) / control.users);
  const absoluteLiftCi =
    se > 0
      ? interval(Math.max(diff - critical * se, -1), Math.min(diff + critical * se, 1), 'Interval not finite.')
      : notDefined('Both rates are 0 % or 100 %: the interval has no width to estimate.');

  let relativeLift: Stat;
  let relativeLiftCi: Stat<Interval>;
  if (control.conversions === 0) {
    relativeLift = relativeLiftCi = notDefined('The control arm has no conversions: a relative change from 0 is undefined.');
  } else {
    relativeLift = finite(pt / pc - 1, 'Relative lift not finite.');
    const logSe = Math.sqrt((1 - pt) / treatment.conversions + (1 - pc) / control.conversions);
    if (treatment.conversions === 0) {
      relativeLiftCi = notDefined('The treatment arm has no conversions: the log-ratio interval is undefined.');
    } else if (logSe === 0) {
      relativeLiftCi = notDefined('Every user converted in both arms: the interval has no width to estimate.');
    } else {
      const logRatio = Math.log(pt / pc);
      relativeLiftCi = interval(
        Math.expm1(logRatio - critical * logSe),
        Math.expm1(logRatio + critical * logSe),
        'Interval not finite.',
      );
    }
  }

  return {
    controlRate: known(pc),
    treatmentRate: known(pt),
    absoluteLift: known(diff),
    absoluteLiftCi,
    relativeLift,
    relativeLiftCi,
    z,
    pValue: z.value === null ? z : known(twoSidedNormalP(z.value)),
  };
}
