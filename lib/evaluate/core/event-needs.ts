import type { CompiledTree, Condition } from '@/lib/segments';
import { nodeConditions } from '@/lib/segments/validate-tree';
import { durationMs } from '@/lib/segments/values/durations';
import { parseInstant } from '@/lib/segments/values/dates';

/**
 * Which of a profile's events the published trees can see, so evaluation loads only those:
 * the event names conditions use, from the start of the widest window (relative to asOf or
 * absolute) up to asOf. Nothing outside this set can change any condition's answer.
 */
export type EventNeeds = {
  names: string[];
  /** Longest `last N` window, in ms before asOf. */
  lookbackMs: number;
  /** Earliest `between` start (ms), or +Infinity when there is none. */
  earliestFrom: number;
  /** Some condition uses `ever`: no lower bound. */
  ever: boolean;
  /** Event names some condition filters on, or measures a property of: only their properties are read. */
  propertyNames: string[];
  /** Some condition reads firstSeenAt / lastSeenAt: earliest and latest event of any name. */
  seen: boolean;
};

export function eventNeeds(trees: readonly CompiledTree[]): EventNeeds {
  const needs: EventNeeds = { names: [], lookbackMs: 0, earliestFrom: Infinity, ever: false, propertyNames: [], seen: false };
  const names = new Set<string>();
  const propertyNames = new Set<string>();
  const visit = (c: Condition): void => {
    switch (c.type) {
      case 'group':
        c.conditions.forEach(visit);
        break;
      case 'attribute':
        if (c.field === 'firstSeenAt' || c.field === 'lastSeenAt') needs.seen = true;
        break;
      case 'event': {
        names.add(c.event);
        if ((c.where?.length ?? 0) > 0 || c.property) propertyNames.add(c.event);
        const w = c.window;
        if (w.type === 'ever') needs.ever = true;
        else if (w.type === 'last') needs.lookbackMs = Math.max(needs.lookbackMs, durationMs(w));
        else needs.earliestFrom = Math.min(needs.earliestFrom, parseInstant(w.from) ?? -Infinity);
        break;
      }
    }
  };
  for (const tree of trees) tree.document.nodes.flatMap(nodeConditions).forEach(visit);
  needs.names = [...names].sort();
  needs.propertyNames = [...propertyNames].sort();
  return needs;
}

/** The first instant (ms) whose events can matter at `asOf`; -Infinity for `ever`. */
export function windowStart(needs: EventNeeds, asOf: number): number {
  if (needs.ever) return -Infinity;
  return Math.min(asOf - needs.lookbackMs, needs.earliestFrom);
}
