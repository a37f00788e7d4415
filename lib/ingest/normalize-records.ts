import { eventRecordSchema, profileRecordSchema } from '@/lib/validations/ingest';
import { jsonObjectProblem, textProblem } from './json-limits';
import { parseTimestamp } from './timestamp';
import type { Checked, EventWrite, JsonObject, ProfileWrite, RecordProblem } from './types';
import { zodProblem } from './zod-problem';

// One record of POST /profiles or /events (or one CSV row turned into such a record) to the
// shape the writers take, or the reason it is rejected. Absent and null objects are {}.
const EMPTY: JsonObject = Object.freeze({}) as JsonObject;

export function normalizeProfile(raw: unknown): Checked<ProfileWrite> {
  const parsed = profileRecordSchema.safeParse(raw);
  if (!parsed.success) return reject(zodProblem(parsed.error.issues, raw));
  const r = parsed.data;
  const value: ProfileWrite = {
    externalId: r.externalId,
    traits: r.traits ?? EMPTY,
    consent: r.consent ?? EMPTY,
    context: r.context ?? EMPTY,
  };
  const problem =
    textProblem(value.externalId, 'externalId') ??
    jsonObjectProblem(value.traits, 'traits') ??
    jsonObjectProblem(value.context, 'context');
  return problem ? reject(problem) : { ok: true, value };
}

export function normalizeEvent(raw: unknown, receivedAt: number): Checked<EventWrite> {
  const parsed = eventRecordSchema.safeParse(raw);
  if (!parsed.success) return reject(zodProblem(parsed.error.issues, raw));
  const r = parsed.data;
  let timestamp = receivedAt;
  if (r.timestamp != null) {
    const ts = parseTimestamp(r.timestamp);
    if (!ts.ok) return reject({ code: 'invalid_timestamp', path: 'timestamp', message: `timestamp: ${ts.reason}` });
    timestamp = ts.ms;
  }
  const value: EventWrite = {
    externalId: r.externalId,
    name: r.event,
    timestamp,
    properties: r.properties ?? EMPTY,
    context: r.context ?? EMPTY,
    messageId: r.messageId ?? null,
  };
  const problem =
    textProblem(value.externalId, 'externalId') ??
    textProblem(value.name, 'event') ??
    (value.messageId === null ? null : textProblem(value.messageId, 'messageId')) ??
    jsonObjectProblem(value.properties, 'properties') ??
    jsonObjectProblem(value.context, 'context');
  return problem ? reject(problem) : { ok: true, value };
}

function reject(problem: RecordProblem): { ok: false; problem: RecordProblem } {
  return { ok: false, problem };
}
