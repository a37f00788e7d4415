/**
 * A statistic that can be undefined for the data at hand (no users, no variation, a zero
 * denominator). Undefined values carry a reason a marketer can read, so the UI shows
 * "—" with an explanation instead of NaN or Infinity.
 */
export type Stat<T = number> = { value: T } | { value: null; reason: string };

export interface Interval {
  lower: number;
  upper: number;
}

export const known = <T>(value: T): Stat<T> => ({ value });

export const notDefined = (reason: string): Stat<never> => ({ value: null, reason });

/** The last guard against NaN/Infinity reaching a caller: a non-finite number becomes undefined. */
export function finite(value: number, reason: string): Stat {
  return Number.isFinite(value) ? known(value) : notDefined(reason);
}

export function interval(lower: number, upper: number, reason: string): Stat<Interval> {
  return Number.isFinite(lower) && Number.isFinite(upper) ? known({ lower, upper }) : notDefined(reason);
}

/** Input checks: bad input is a programming error (RangeError), not an undefined statistic. */
export function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

export function assertProbability(value: number, name: string, { open = false } = {}): void {
  const ok = open ? value > 0 && value < 1 : value >= 0 && value <= 1;
  if (!Number.isFinite(value) || !ok) throw new RangeError(`${name} must be in ${open ? '(0, 1)' : '[0, 1]'}, got ${value}`);
}
