import type { EventWrite, JsonObject, ProfileWrite } from './types';

// The merge rules both dialects apply, kept in one place so SQLite and PostgreSQL store the
// same thing.

/** Top-level merge: keys of `patch` replace those of `base`; nested objects are replaced whole. */
export function mergeTopLevel(base: JsonObject, patch: JsonObject): JsonObject {
  // Object.assign is several times faster than object spread in Node 20's V8 and this runs
  // per event. Its [[Set]] would turn an own "__proto__" key into a prototype, though, so
  // those rare objects take the spread, which stores the key as data.
  if (Object.hasOwn(base, '__proto__') || Object.hasOwn(patch, '__proto__')) return { ...base, ...patch };
  return Object.assign({}, base, patch);
}

/** Folds upserts of the same externalId in one batch into one, in order (later keys win). */
export function mergeProfileWrites(profiles: readonly ProfileWrite[]): ProfileWrite[] {
  const byId = new Map<string, ProfileWrite>();
  for (const p of profiles) {
    const prev = byId.get(p.externalId);
    byId.set(
      p.externalId,
      prev
        ? { externalId: p.externalId, traits: mergeTopLevel(prev.traits, p.traits), consent: mergeTopLevel(prev.consent, p.consent), context: mergeTopLevel(prev.context, p.context) }
        : p,
    );
  }
  return [...byId.values()];
}

/** A profile's display-only seen times and last-seen context while a batch is applied. */
export interface SeenState {
  firstSeenAt: number;
  lastSeenAt: number;
  context: JsonObject;
}

/** A profile created by this batch's events: the first event sets everything. */
export function freshSeenState(): SeenState {
  return { firstSeenAt: Infinity, lastSeenAt: -Infinity, context: {} };
}

/**
 * Widens the seen window with an event; the event's context becomes the last-seen context
 * (merged by key) when the event is at least as new as the newest one seen so far, so a
 * late-arriving old event never overwrites fresher context. Returns whether anything changed.
 */
export function applyEventToSeen(state: SeenState, event: Pick<EventWrite, 'timestamp' | 'context'>): boolean {
  let changed = false;
  if (event.timestamp < state.firstSeenAt) {
    state.firstSeenAt = event.timestamp;
    changed = true;
  }
  if (event.timestamp >= state.lastSeenAt) {
    if (event.timestamp > state.lastSeenAt) changed = true;
    state.lastSeenAt = event.timestamp;
    if (Object.keys(event.context).length > 0) {
      state.context = mergeTopLevel(state.context, event.context);
      changed = true;
    }
  }
  return changed;
}

/** Keeps the first event of each messageId; returns the kept events and how many were repeats. */
export function dropRepeatedMessageIds(events: readonly EventWrite[]): { kept: EventWrite[]; repeats: number } {
  const seen = new Set<string>();
  const kept: EventWrite[] = [];
  for (const e of events) {
    if (e.messageId !== null) {
      if (seen.has(e.messageId)) continue;
      seen.add(e.messageId);
    }
    kept.push(e);
  }
  return { kept, repeats: events.length - kept.length };
}
