import { sampleRatioMismatch } from '@/lib/stats/srm';
import { type Arm, weightsSinceMs } from '../arms';
import type { GroupRow, SrmCheck } from './types';

/**
 * Sample-ratio mismatch over the arms that take traffic, counting exposures since the current
 * weights took effect (all of them if the weights never changed while running): exposures
 * made under an older split would otherwise raise a false alarm.
 */
export function srmCheck(arms: readonly Arm[], groups: readonly GroupRow[]): SrmCheck {
  const since = weightsSinceMs(arms);
  const live = arms.filter((a) => a.weight > 0);
  const observed = live.map((a) => groups.filter((g) => g.arm === a.key).reduce((s, g) => s + g.recent, 0));
  const total = observed.reduce((s, o) => s + o, 0);
  const weightSum = live.reduce((s, a) => s + a.weight, 0);
  return {
    ...sampleRatioMismatch(observed, live.map((a) => a.weight)),
    since: since === undefined ? null : new Date(since).toISOString(),
    arms: live.map((a, i) => ({ key: a.key, weight: a.weight, observed: observed[i], expected: (total * a.weight) / weightSum })),
  };
}
