import type { EventInput, ProfileInput } from '@/lib/segments';
import { type StoredColumn, valueAt } from '../storage/column';
import { CONSENT_FALSE, CONSENT_TRUE, type IndexData } from '../storage/index-data';

// A slot back as the evaluator's input, for single-profile evaluation and for the profile
// handed to segment-membership lookups. Everything a condition can read comes back: every
// trait, context field and score path the index holds, consent, and the events with the
// property columns loaded (the caller loads those its tree reads first). Key order and
// unaddressable keys are not kept: no condition can observe them.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nested object from path columns. Objects have no prototype, so keys such as
 *  "constructor" or "__proto__" are plain own keys, as JSON.parse makes them. */
function rebuild(columns: Map<string, StoredColumn>, slot: number): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [path, column] of columns) {
    const value = valueAt(column, slot);
    if (value !== undefined) setPath(root, path.split('.'), value);
  }
  return root;
}

function setPath(root: Record<string, unknown>, keys: string[], value: unknown): void {
  let at = root;
  for (let k = 0; k < keys.length - 1; k++) {
    let next = Object.hasOwn(at, keys[k]) ? at[keys[k]] : undefined;
    // A parent column may not be loaded (event properties): the child proves it was an object.
    if (next === undefined) at[keys[k]] = next = Object.create(null);
    else if (!isObject(next)) return;
    at = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  // An object arrives as {} and its keys as columns of their own: keep what is there.
  if (isObject(value) && Object.hasOwn(at, last) && isObject(at[last])) return;
  at[last] = isObject(value) ? Object.create(null) : value;
}

export function reconstructConsent(data: IndexData, slot: number): Record<string, boolean> {
  const code = data.consent[slot];
  return code === CONSENT_TRUE ? { personalization: true } : code === CONSENT_FALSE ? { personalization: false } : {};
}

export function reconstructProfile(data: IndexData, slot: number): ProfileInput {
  return {
    id: data.ids[slot],
    externalId: data.externalIds.get(slot),
    traits: rebuild(data.traits, slot),
    consent: reconstructConsent(data, slot),
    context: rebuild(data.context, slot),
    scores: rebuild(data.scores, slot),
  };
}

/** The slot's stored events in timeline order, with the properties the index holds. */
export function reconstructEvents(data: IndexData, slot: number): EventInput[] {
  const events: EventInput[] = [];
  for (const timeline of data.timelines.values()) {
    const from = timeline.offsets[slot];
    const to = timeline.offsets[slot + 1];
    for (let j = from; j < to; j++) {
      let properties: unknown = timeline.raw?.[j];
      if (!timeline.raw) {
        const built: Record<string, unknown> = Object.create(null);
        for (const [key, column] of timeline.properties) {
          const value = valueAt(column, j);
          if (value !== undefined) setPath(built, key.split('.'), value);
        }
        properties = built;
      }
      events.push({ name: timeline.name, timestamp: timeline.ts[j], properties });
    }
  }
  return events;
}

/** The profile a segment lookup receives: id and externalId at once, the rest when read. */
export class SlotProfile implements ProfileInput {
  private cached?: ProfileInput;
  constructor(
    private readonly data: IndexData,
    private readonly slot: number,
  ) {}
  get id(): number {
    return this.data.ids[this.slot];
  }
  get externalId(): string {
    return this.data.externalIds.get(this.slot);
  }
  get traits(): unknown {
    return this.full().traits;
  }
  get consent(): unknown {
    return reconstructConsent(this.data, this.slot);
  }
  get context(): unknown {
    return this.full().context;
  }
  get scores(): unknown {
    return this.full().scores;
  }
  private full(): ProfileInput {
    return (this.cached ??= reconstructProfile(this.data, this.slot));
  }
}
