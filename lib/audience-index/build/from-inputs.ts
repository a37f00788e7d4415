import type { EvaluationInput, EventInput } from '@/lib/segments';
import type { IndexData } from '../storage/index-data';
import { IndexBuilder, type IndexBuilderOptions } from './index-builder';

// An index straight from EvaluationInputs, as the reference countTree reads them: for the
// agreement tests and anything else that holds profiles in memory. Events are cut to what
// storage would hold, as the evaluator's prepareEvents does: a repeated messageId keeps the
// first event (in input order, even one that is invalid), then events without a finite
// timestamp or a string name are dropped. Nothing depends on asOf, so it is done once here.
export function timestampOf(event: EventInput): number {
  const t = event.timestamp;
  return t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Number.NaN;
}

export function storedEvents(events: readonly EventInput[]): EventInput[] {
  const seen = new Set<string>();
  const kept: EventInput[] = [];
  for (const event of events) {
    const id = event.messageId;
    if (typeof id === 'string' && id !== '') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    if (!Number.isFinite(timestampOf(event)) || typeof event.name !== 'string') continue;
    kept.push(event);
  }
  return kept;
}

export function profileId(input: EvaluationInput): number {
  const id = input.profile.id;
  if (typeof id !== 'number') throw new TypeError('the audience index addresses profiles by numeric id');
  return id;
}

export function buildFromInputs(inputs: Iterable<EvaluationInput>, options: IndexBuilderOptions = { keepRawProperties: true }): IndexData {
  const builder = new IndexBuilder(options);
  for (const input of inputs) {
    const { profile } = input;
    const slot = builder.addProfile({ ...profile, id: profileId(input) });
    const events = storedEvents(input.events);
    for (let k = 0; k < events.length; k++) {
      const event = events[k];
      builder.addEvent(slot, event.name, timestampOf(event), k, event.properties);
    }
  }
  return builder.finish();
}
