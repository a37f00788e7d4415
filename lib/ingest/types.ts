// The normalised shapes every ingest path (JSON, Segment batch, CSV) produces and the
// writers consume. Pure types: nothing here touches a database.
export type JsonObject = Record<string, unknown>;

/** A profile upsert: each object is merged into the stored one by top-level key. */
export interface ProfileWrite {
  externalId: string;
  traits: JsonObject;
  consent: JsonObject;
  context: JsonObject;
}

export interface EventWrite {
  externalId: string;
  name: string;
  /** Milliseconds since the epoch (UTC). */
  timestamp: number;
  properties: JsonObject;
  context: JsonObject;
  messageId: string | null;
}

/** Written in one transaction: profile upserts first, then events. */
export interface IngestBatch {
  profiles: ProfileWrite[];
  events: EventWrite[];
  /** Time of receipt (ms): createdAt/updatedAt/receivedAt of what the batch writes. */
  receivedAt: number;
}

export interface IngestWriteResult {
  /** Profile upserts applied (after merging repeats of one externalId in the batch). */
  profilesWritten: number;
  eventsInserted: number;
  /** Events skipped because their messageId was already stored or repeated in the batch. */
  duplicates: number;
  /** Every profile whose row changed: upserted, created by an event or given a new event. */
  profileIds: number[];
}

export type RejectCode =
  | 'invalid_record'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_type'
  | 'invalid_value'
  | 'value_too_long'
  | 'too_deep'
  | 'invalid_timestamp'
  | 'unsupported_type';

export interface RecordProblem {
  code: RejectCode;
  message: string;
  /** Dotted path of the offending field when there is one (CSV maps it to a column). */
  path?: string;
}

export interface RecordRejection {
  index: number;
  code: RejectCode;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };
