import { rngFor } from './random';
import { DAY, HOUR, type DemoWindow, type Lifecycle } from './types';

// How much, and when, each customer is active. Kept apart from the rest of the profile (its
// own random stream) because the generator computes it twice: once for every profile to
// learn the total activity, then again while generating, to hand out exactly the requested
// number of events.
export interface Activity {
  lifecycle: Lifecycle;
  signupAt: number;
  /** Active period inside the window; events fall in [from, to]. */
  from: number;
  to: number;
  /** Relative share of the events: rate × active days (0 for dormant customers). */
  weight: number;
}

// Shares of customers by lifecycle: 12% signed up inside the window, 8% dormant (no events
// in the window), 25% churned part-way through, the rest active until the anchor.
const NEW = 0.12;
const DORMANT = 0.08;
const CHURNED = 0.25;
/** Pareto exponent of per-day activity: a few heavy users, a long tail of light ones. */
const ACTIVITY_ALPHA = 1.4;
const MAX_RATE = 40;
const MAX_TENURE_DAYS = 6 * 365;

export function activityOf(seed: number, index: number, window: DemoWindow, allowDormant = true): Activity {
  const rng = rngFor(seed, 'activity', index);
  const u = rng.next();
  const rate = Math.min(rng.pareto(ACTIVITY_ALPHA), MAX_RATE);
  const span = window.end - window.start;
  const tenure = Math.min(rng.exponential(420), MAX_TENURE_DAYS);
  const churnPoint = 0.05 + 0.75 * rng.next();
  const newSignup = window.start + rng.next() * Math.max(0, span - HOUR);

  let lifecycle: Lifecycle;
  let signupAt = window.start - DAY - Math.floor(tenure * DAY);
  let from = window.start;
  let to = window.end;
  if (u < NEW) {
    lifecycle = 'new';
    signupAt = Math.floor(newSignup);
    from = signupAt;
  } else if (allowDormant && u < NEW + DORMANT) {
    lifecycle = 'dormant';
    to = from;
  } else if (u < NEW + DORMANT + CHURNED) {
    lifecycle = 'churned';
    to = window.start + Math.floor(churnPoint * span);
  } else {
    lifecycle = 'active';
  }
  return { lifecycle, signupAt, from, to, weight: (rate * (to - from)) / DAY };
}

/** Sum of every profile's weight, in index order (the generator repeats the same sum). */
export function totalWeight(seed: number, profiles: number, window: DemoWindow, allowDormant: boolean): number {
  let total = 0;
  for (let i = 0; i < profiles; i++) total += activityOf(seed, i, window, allowDormant).weight;
  return total;
}

/**
 * Hands out exactly `events` events in proportion to the weights, one profile at a time:
 * each profile gets the rounded cumulative target minus what was already handed out, so
 * the shares add up to the total without holding every weight in memory.
 */
export class EventBudget {
  private cumulative = 0;
  private assigned = 0;

  constructor(
    private readonly events: number,
    private readonly total: number,
  ) {}

  next(weight: number): number {
    if (this.total <= 0) return 0;
    this.cumulative += weight;
    const target = Math.round((this.events * this.cumulative) / this.total);
    const share = target - this.assigned;
    this.assigned = target;
    return share;
  }
}
