import { normalUpperQuantile } from './distributions';
import { assertCount, assertProbability, known, notDefined, type Stat } from './stat';

/**
 * The smallest change worth detecting. Absolute: in rate units (0.01 = one percentage point,
 * 5 % → 6 %). Relative: a fraction of the baseline (0.1 = +10 %, 5 % → 5.5 %). Negative values
 * plan for a drop.
 */
export interface MinimumDetectableEffect {
  kind: 'absolute' | 'relative';
  value: number;
}

export interface SampleSizePlan {
  /** Users needed in each arm, rounded up. */
  perArm: number;
  /** The unrounded solution, as R's power.prop.test()$n. */
  exactPerArm: number;
  /** The rate the treatment would have at the minimum detectable effect. */
  targetRate: number;
}

/**
 * Users per arm for a two-sided two-proportion test with equal arms, as R's
 * `power.prop.test(p1, p2, sig.level = alpha, power)` (strict = FALSE, which ignores the far
 * tail): √n = (z_{1−α/2}·√(2p̄(1−p̄)) + z_power·√(p1(1−p1) + p2(1−p2))) / |p2 − p1|, p̄ = (p1 + p2)/2.
 * R finds n with uniroot; this is the same equation solved in closed form.
 */
export function sampleSizePerArm(
  baselineRate: number,
  effect: MinimumDetectableEffect,
  { alpha = 0.05, power = 0.8 }: { alpha?: number; power?: number } = {},
): Stat<SampleSizePlan> {
  assertProbability(baselineRate, 'baselineRate');
  assertProbability(alpha, 'alpha', { open: true });
  assertProbability(power, 'power', { open: true });
  if (!Number.isFinite(effect.value)) throw new RangeError('effect.value must be finite');
  const p1 = baselineRate;
  const p2 = effect.kind === 'absolute' ? p1 + effect.value : p1 * (1 + effect.value);
  if (p2 === p1) {
    return notDefined(
      effect.value === 0 ? 'The minimum detectable effect is 0.' : 'A relative effect on a baseline of 0 % changes nothing.',
    );
  }
  if (p2 < 0 || p2 > 1) return notDefined(`The target rate ${p2} is outside 0–100 %.`);
  const pBar = (p1 + p2) / 2;
  const root =
    (normalUpperQuantile(alpha / 2) * Math.sqrt(2 * pBar * (1 - pBar)) +
      normalUpperQuantile(1 - power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) /
    Math.abs(p2 - p1);
  const exactPerArm = root * root;
  return known({ perArm: Math.ceil(exactPerArm), exactPerArm, targetRate: p2 });
}

export interface RemainingSample {
  /** Users still needed in each arm (0 once the arm has enough). */
  perArm: number[];
  /** Sum over arms. */
  total: number;
  /**
   * Further users to enrol in the whole experiment so that every arm reaches the target at
   * the configured weights: the slowest-filling arm decides.
   */
  traffic: Stat;
}

/** How far the experiment is from the planned sample, given exposures so far and the weights. */
export function remainingSample(perArmTarget: number, exposures: readonly number[], weights: readonly number[]): RemainingSample {
  assertCount(perArmTarget, 'perArmTarget');
  if (exposures.length !== weights.length) throw new RangeError('exposures and weights differ in length');
  exposures.forEach((e, i) => assertCount(e, `exposures[${i}]`));
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (!(weightSum > 0) || weights.some((w) => !(w >= 0))) throw new RangeError('weights must be ≥ 0 with a positive sum');
  const perArm = exposures.map((e) => Math.max(0, perArmTarget - e));
  const starved = perArm.some((need, i) => need > 0 && weights[i] === 0);
  const traffic = starved
    ? notDefined('An arm with weight 0 still needs users: it will never reach the target.')
    : known(perArm.reduce((most, need, i) => (need === 0 ? most : Math.max(most, Math.ceil((need * weightSum) / weights[i]))), 0));
  return { perArm, total: perArm.reduce((s, n) => s + n, 0), traffic };
}
