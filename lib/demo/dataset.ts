import { activityOf, EventBudget, totalWeight } from './activity';
import { generateEvents } from './events';
import { generateProfile } from './profile';
import { rngFor } from './random';
import { DAY, type DemoBatch, type DemoEvent, type DemoOptions, type DemoProfile, type DemoWindow } from './types';

export const DEFAULT_WINDOW_DAYS = 90;
export const DEFAULT_BATCH_SIZE = 1000;
export const DEFAULT_ID_PREFIX = 'cust-';

export function demoWindow(options: Pick<DemoOptions, 'asOf' | 'windowDays'>): DemoWindow {
  return { start: options.asOf - (options.windowDays ?? DEFAULT_WINDOW_DAYS) * DAY, end: options.asOf };
}

/** The default anchor: now, rounded down to the hour, so re-runs within an hour agree. */
export function defaultAsOf(now = Date.now()): number {
  return now - (now % 3_600_000);
}

/**
 * The demo data set, one batch of profiles (with their events) at a time, so a million
 * profiles and twenty million events never sit in memory together. The same options give
 * the same data, byte for byte: every profile draws from its own seeded streams.
 */
export function* generateDemoBatches(options: DemoOptions): Generator<DemoBatch> {
  const { profiles, events, seed } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const idPrefix = options.idPrefix ?? DEFAULT_ID_PREFIX;
  if (!Number.isSafeInteger(profiles) || profiles < 0) throw new RangeError('profiles must be a whole number ≥ 0');
  if (!Number.isSafeInteger(events) || events < 0) throw new RangeError('events must be a whole number ≥ 0');
  if (events > 0 && profiles === 0) throw new RangeError('events need at least one profile');
  const window = demoWindow(options);

  // First pass: total activity, so each profile's share of the events is known up front.
  // If every profile happened to be dormant (tiny data sets), nobody may be.
  let allowDormant = true;
  let total = totalWeight(seed, profiles, window, true);
  if (total === 0 && events > 0) {
    allowDormant = false;
    total = totalWeight(seed, profiles, window, false);
  }
  const budget = new EventBudget(events, total);

  for (let first = 0; first < profiles; first += batchSize) {
    const batch: DemoBatch = { profiles: [], events: [] };
    const last = Math.min(profiles, first + batchSize);
    for (let index = first; index < last; index++) {
      const activity = activityOf(seed, index, window, allowDormant);
      const generated = generateProfile(seed, index, idPrefix, activity);
      const profileEvents = generateEvents(
        rngFor(seed, 'events', index), index, generated.externalId, generated.persona, activity, budget.next(activity.weight),
      );
      const firstEvent = profileEvents.length ? profileEvents[0].timestamp : activity.signupAt;
      const lastEvent = profileEvents.length ? profileEvents[profileEvents.length - 1].timestamp : activity.signupAt;
      const profile: DemoProfile = {
        index,
        externalId: generated.externalId,
        traits: generated.traits,
        consent: generated.consent,
        context: generated.context,
        lifecycle: activity.lifecycle,
        signupAt: activity.signupAt,
        firstSeenAt: Math.min(firstEvent, activity.signupAt),
        lastSeenAt: Math.max(lastEvent, activity.signupAt),
        eventCount: profileEvents.length,
      };
      batch.profiles.push(profile);
      for (const event of profileEvents) batch.events.push(event);
    }
    yield batch;
  }
}

/** The whole data set in memory, for tests and small samples (not for a million profiles). */
export function collectDemo(options: DemoOptions): { profiles: DemoProfile[]; events: DemoEvent[] } {
  const profiles: DemoProfile[] = [];
  const events: DemoEvent[] = [];
  for (const batch of generateDemoBatches(options)) {
    profiles.push(...batch.profiles);
    events.push(...batch.events);
  }
  return { profiles, events };
}
