import { isPlainObject } from '../values/paths';
import type { EvaluationInput, EvaluationOptions, EventInput } from './types';

// Per-profile state shared by every condition of one evaluation. Events are cut to what the
// semantics allow to be seen once, here, so no condition can forget a rule: duplicates by
// messageId are dropped (first in storage order wins — storage would never have kept the
// later one), then anything after asOf or without a valid timestamp is ignored.

export type PreparedEvent = { name: string; ts: number; properties: unknown };

export type EvalContext = {
  input: EvaluationInput;
  options: EvaluationOptions;
  asOf: number;
  /** Deduplicated events at or before asOf, prepared on first use. */
  events(): PreparedEvent[];
  eventsNamed(name: string): PreparedEvent[];
  /** Request context over stored context, key by key; null/absent request keys fall back. */
  contextValue(key: string): unknown;
  firstSeen(): number | undefined;
  lastSeen(): number | undefined;
};

function timestampOf(event: EventInput): number {
  const t = event.timestamp;
  return t instanceof Date ? t.getTime() : typeof t === 'number' ? t : NaN;
}

export function prepareEvents(events: readonly EventInput[], asOf: number): PreparedEvent[] {
  const seen = new Set<string>();
  const kept: PreparedEvent[] = [];
  for (const event of events) {
    const id = event.messageId;
    // Only a non-empty string is an idempotency key; events without one are all kept.
    if (typeof id === 'string' && id !== '') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    const ts = timestampOf(event);
    if (!Number.isFinite(ts) || ts > asOf || typeof event.name !== 'string') continue;
    kept.push({ name: event.name, ts, properties: event.properties });
  }
  return kept;
}

export function createContext(input: EvaluationInput, options: EvaluationOptions): EvalContext {
  const asOf = options.asOf;
  if (!Number.isFinite(asOf)) throw new TypeError('asOf must be a finite number of milliseconds.');
  let prepared: PreparedEvent[] | undefined;
  const events = () => (prepared ??= prepareEvents(input.events, asOf));
  let byName: Map<string, PreparedEvent[]> | undefined;
  let seen: { first: number; last: number } | undefined | null;
  const stored = isPlainObject(input.profile.context) ? input.profile.context : {};
  const request = isPlainObject(input.requestContext) ? input.requestContext : {};
  const seenRange = () => {
    if (seen === undefined) {
      seen = null;
      for (const e of events()) {
        if (!seen) seen = { first: e.ts, last: e.ts };
        else {
          if (e.ts < seen.first) seen.first = e.ts;
          if (e.ts > seen.last) seen.last = e.ts;
        }
      }
    }
    return seen;
  };
  return {
    input,
    options,
    asOf,
    events,
    eventsNamed(name) {
      if (!byName) {
        byName = new Map();
        for (const e of events()) {
          const list = byName.get(e.name);
          if (list) list.push(e);
          else byName.set(e.name, [e]);
        }
      }
      return byName.get(name) ?? [];
    },
    contextValue(key) {
      const live = Object.hasOwn(request, key) ? request[key] : undefined;
      if (live !== undefined && live !== null) return live;
      return Object.hasOwn(stored, key) ? stored[key] : undefined;
    },
    firstSeen: () => seenRange()?.first,
    lastSeen: () => seenRange()?.last,
  };
}
