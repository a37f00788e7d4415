import betaln from '@stdlib/math-base-special-betaln';
import { checkProportionArm, type ProportionArm } from './proportions';
import { finite, notDefined, type Stat } from './stat';

/** Beta(alpha, beta) with integer parameters (counts plus the Beta(1, 1) prior). */
interface Beta {
  alpha: number;
  beta: number;
}

const posterior = (arm: ProportionArm): Beta => ({ alpha: 1 + arm.conversions, beta: 1 + arm.users - arm.conversions });

const RESCALE = 2 ** 512;
const LOG_RESCALE = 512 * Math.LN2;

/**
 * Evan Miller's closed form for P(Y > X), X ~ Beta(a, b), Y ~ Beta(c, d), c a positive integer:
 *   Σ_{i=0}^{c−1} B(a+i, b+d) / ((d+i) · B(1+i, d) · B(a, b)).
 * The terms follow t_0 = B(a, b+d) / B(a, b) and t_{i+1} / t_i = (a+i)(d+i) / ((a+b+d+i)(1+i)),
 * so one log-beta pair starts the sum and each further term costs a multiply and a divide.
 * Every term is added (no truncation); the running term starts at 1 (t_0 is applied at the end
 * in log space) and is rescaled by 2^512 so neither it nor the sum overflows (the terms rise to
 * one peak and fall, so nothing that matters underflows).
 */
function millerSum(a: number, b: number, c: number, d: number): number {
  let term = 1;
  let sum = 0;
  // Count rescalings instead of adding ln(2^512) to a float each time: that float is ~10⁶ for
  // ten-million-user arms and thousands of additions rounding at its ulp drift by ~10⁻⁷.
  let rescalings = 0;
  for (let i = 0; i < c; i++) {
    sum += term;
    term *= ((a + i) * (d + i)) / ((a + b + d + i) * (1 + i));
    if (term > RESCALE) {
      term /= RESCALE;
      sum /= RESCALE;
      rescalings++;
    }
  }
  return Math.exp(Math.log(sum) + rescalings * LOG_RESCALE + (betaln(a, b + d) - betaln(a, b)));
}

/** Direct sums of P(Y > X): over Y's alpha, or after reflecting p → 1 − p, over X's beta. */
const greaterTerms = (y: Beta, x: Beta) => Math.min(y.alpha, x.beta);

function probabilityGreater(y: Beta, x: Beta): number {
  return y.alpha <= x.beta ? millerSum(x.alpha, x.beta, y.alpha, y.beta) : millerSum(y.beta, y.alpha, x.beta, x.alpha);
}

/**
 * P(Y > X) and P(X > Y) for independent Beta variables with integer parameters, each accurate
 * to its own size: the cheaper sum is done first; if it is the larger probability the smaller
 * one is also summed directly rather than taken as 1 − (a number near 1), because the expected
 * loss multiplies it by the gap of the means and a small absolute error there is large relative
 * to the loss. The cost is min(conversions, non-conversions) of an arm, at most twice.
 */
function probabilities(y: Beta, x: Beta): { yGreater: number; xGreater: number } {
  const yFirst = greaterTerms(y, x) <= greaterTerms(x, y);
  const first = yFirst ? probabilityGreater(y, x) : probabilityGreater(x, y);
  const second = first <= 0.5 ? 1 - first : yFirst ? probabilityGreater(x, y) : probabilityGreater(y, x);
  return yFirst ? { yGreater: first, xGreater: second } : { yGreater: second, xGreater: first };
}

/**
 * E[max(X − Y, 0)] in closed form, from E[X·1{X>Y}] − E[Y·1{X>Y}] and the incomplete-beta
 * step I_p(a, b) − I_p(a+1, b) = p^a(1−p)^b / (a·B(a, b)):
 *   E[max(X − Y, 0)] = (E[X] − E[Y])·P(X > Y) + K·(1/(a_X + b_X) + 1/(a_Y + b_Y)),
 *   K = B(a_X + a_Y, b_X + b_Y) / (B(a_X, b_X)·B(a_Y, b_Y)).
 * One probability and three log-betas: no second sum, and no difference of two near-equal
 * products (which lost ~3 digits at ten million users).
 */
function expectedShortfall(x: Beta, y: Beta, xGreater: number): number {
  const meanGap = x.alpha / (x.alpha + x.beta) - y.alpha / (y.alpha + y.beta);
  const logK = betaln(x.alpha + y.alpha, x.beta + y.beta) - betaln(x.alpha, x.beta) - betaln(y.alpha, y.beta);
  const value = meanGap * xGreater + Math.exp(logK) * (1 / (x.alpha + x.beta) + 1 / (y.alpha + y.beta));
  // Positive in exact arithmetic; far in a tail the two terms can cancel below rounding.
  return Math.max(value, 0);
}

export interface BayesianComparison {
  /** P(treatment rate > control rate) under Beta(1, 1) priors. */
  chanceToBeatControl: Stat;
  /** E[max(control rate − treatment rate, 0)]: rate points lost, on average, by shipping the treatment. */
  expectedLoss: Stat;
  /** E[max(treatment rate − control rate, 0)]: rate points lost by keeping the control. */
  controlExpectedLoss: Stat;
}

/**
 * Bayesian comparison of one treatment with the control. With more than two arms each
 * treatment is compared with the control on its own (pairwise), like the frequentist test;
 * it is not the chance of being the best of all arms.
 */
export function compareBayesian(control: ProportionArm, treatment: ProportionArm): BayesianComparison {
  checkProportionArm(control, 'control');
  checkProportionArm(treatment, 'treatment');
  if (control.users === 0 || treatment.users === 0) {
    // Defined mathematically (the prior alone gives 50 %), but it would only echo the prior.
    const reason = notDefined('An arm has no exposed users yet.');
    return { chanceToBeatControl: reason, expectedLoss: reason, controlExpectedLoss: reason };
  }
  const a = posterior(control);
  const b = posterior(treatment);
  const { yGreater: treatmentGreater, xGreater: controlGreater } = probabilities(b, a);
  const notFinite = 'Not finite.';
  return {
    chanceToBeatControl: finite(treatmentGreater, notFinite),
    expectedLoss: finite(expectedShortfall(a, b, controlGreater), notFinite),
    controlExpectedLoss: finite(expectedShortfall(b, a, treatmentGreater), notFinite),
  };

}
