import { rngFor } from '@/lib/demo/random';

// The pure part of `npm run simulate` (scripts/simulate.ts): the simulated truth — each arm's
// true conversion rate from a baseline and a relative lift — and whether a synthetic user
// converts. Draws are keyed by (seed, user index), so a run's outcome does not depend on the
// order in which concurrent requests come back.

/** `0.3` (every arm but the control) or `bold=0.3,calm=-0.1` (per arm; others 0). */
type LiftSpec = { others: number; byArm: ReadonlyMap<string, number> };

export function parseLift(text: string): LiftSpec {
  const trimmed = text.trim();
  if (/^[-+]?\d*\.?\d+$/.test(trimmed)) return { others: checkLift(Number(trimmed), trimmed), byArm: new Map() };
  const byArm = new Map<string, number>();
  for (const part of trimmed.split(',')) {
    const [arm, value, extra] = part.split('=').map((s) => s.trim());
    if (!arm || value === undefined || extra !== undefined) throw new Error(`--lift: expected a number or arm=lift pairs, got "${part}"`);
    byArm.set(arm, checkLift(Number(value), value));
  }
  return { others: 0, byArm };
}

function checkLift(lift: number, text: string): number {
  if (!Number.isFinite(lift) || lift < -1) throw new Error(`--lift: "${text}" is not a relative lift ≥ -1 (0.2 = +20 %)`);
  return lift;
}

/** An arm's true conversion rate: baseline × (1 + lift), capped at 1; the control has no lift. */
export function trueRate(arm: string, control: string, baseline: number, lift: LiftSpec): number {
  if (arm === control) return baseline;
  return Math.min(1, baseline * (1 + (lift.byArm.get(arm) ?? lift.others)));
}

/** Whether synthetic user `index` converts at `rate` under `seed`. */
export function converts(seed: number, index: number, rate: number): boolean {
  return rngFor(seed, 'simulate-conversion', index).next() < rate;
}

export type ArmTally = { arm: string; trueRate: number; users: number; converters: number };

/** Users and converters per arm, in the order given (the experiment's) then any other arm seen. */
export function tallyArms(order: readonly string[], outcomes: readonly { arm: string; converted: boolean; rate: number }[]): ArmTally[] {
  const tallies = new Map<string, ArmTally>(order.map((arm) => [arm, { arm, trueRate: NaN, users: 0, converters: 0 }]));
  for (const o of outcomes) {
    let t = tallies.get(o.arm);
    if (!t) tallies.set(o.arm, (t = { arm: o.arm, trueRate: NaN, users: 0, converters: 0 }));
    t.trueRate = o.rate;
    t.users++;
    if (o.converted) t.converters++;
  }
  return [...tallies.values()];
}
