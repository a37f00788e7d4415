import { IndexBuilder } from '../build/index-builder';
import type { IndexData } from '../storage/index-data';

// What both database loaders share: rows in, IndexData out. Profiles arrive in ascending id
// order, so slots ascend with ids (no id map needed); events arrive grouped by profile in
// the same order, so a cursor finds each event's slot.
export function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  if (text === '{}') return {};
  try {
    return JSON.parse(text);
  } catch {
    // Storage only ever holds JSON the app wrote; a damaged cell reads as missing.
    return undefined;
  }
}

/** Lets the event loop breathe during a long synchronous build. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
export const ROWS_PER_BREATH = 50_000;

export class LoadSink {
  private readonly builder = new IndexBuilder();
  /** Profile ids in slot order (ascending). */
  readonly ids: number[] = [];
  private cursor = 0;
  private seq = 0;

  profile(id: number, externalId: string, traits: string | null, consent: string | null, context: string | null, scores: string | null): void {
    if (this.ids.length > 0 && id <= this.ids[this.ids.length - 1]) throw new Error('profiles must arrive in ascending id order');
    this.ids.push(id);
    this.builder.addProfile({ id, externalId, traits: parseJson(traits), consent: parseJson(consent), context: parseJson(context), scores: parseJson(scores) });
  }

  /** Events of one profile together, profiles ascending; within a profile any order (seq breaks ties). */
  event(profileId: number, name: string, timestamp: number, seq = this.seq++): void {
    const ids = this.ids;
    while (this.cursor < ids.length && ids[this.cursor] < profileId) this.cursor++;
    // An event of a profile outside the snapshot cannot be placed; it is not visible anyway.
    if (this.cursor >= ids.length || ids[this.cursor] !== profileId) return;
    if (Number.isFinite(timestamp)) this.builder.addEvent(this.cursor, name, timestamp, seq);
  }

  /** One profile's events of one name, ascending by time (ties in storage order). */
  eventGroup(profileId: number, name: string, timestamps: number[]): void {
    const ids = this.ids;
    while (this.cursor < ids.length && ids[this.cursor] < profileId) this.cursor++;
    if (this.cursor >= ids.length || ids[this.cursor] !== profileId) return;
    this.builder.addEventGroup(this.cursor, name, timestamps);
  }

  finish(): IndexData {
    return this.builder.finish();
  }
}
