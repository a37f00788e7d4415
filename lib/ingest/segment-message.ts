import { INGEST_LIMITS, segmentMessageSchema } from '@/lib/validations/ingest';
import { jsonObjectProblem, textProblem } from './json-limits';
import { mergeTopLevel } from './profile-merge';
import { flattenSegmentContext, isPlainObject, nested } from './segment-context';
import { parseTimestamp } from './timestamp';
import type { Checked, EventWrite, JsonObject, ProfileWrite, RecordProblem } from './types';
import { zodProblem } from './zod-problem';

// One message of a Segment tracking-API batch to a profile upsert (identify) or an event
// (track, page). See docs/INGEST.md for the mapping.
export type SegmentWrite = { kind: 'profile'; value: ProfileWrite } | { kind: 'event'; value: EventWrite };

const PAGE_FIELDS = ['url', 'path', 'title', 'referrer', 'search'] as const;
const SUPPORTED = new Set(['identify', 'track', 'page']);

export function normalizeSegmentMessage(raw: unknown, batchContext: JsonObject | undefined, receivedAt: number): Checked<SegmentWrite> {
  // The type first: group/alias/screen carry fields of their own that would read as unknown.
  const type = isPlainObject(raw) ? raw.type : undefined;
  if (typeof type === 'string' && !SUPPORTED.has(type)) {
    return reject({ code: 'unsupported_type', path: 'type', message: `type "${type.slice(0, 40)}" is not supported; send identify, track or page` });
  }
  const parsed = segmentMessageSchema.safeParse(raw);
  if (!parsed.success) return reject(zodProblem(parsed.error.issues, raw));
  const m = parsed.data;

  const externalId = idText(m.userId) ?? idText(m.anonymousId);
  if (externalId === undefined) return reject({ code: 'missing_field', path: 'userId', message: 'userId or anonymousId is required' });
  if (externalId.length > INGEST_LIMITS.externalIdMax) {
    return reject({ code: 'value_too_long', path: 'userId', message: `userId/anonymousId must be at most ${INGEST_LIMITS.externalIdMax} characters` });
  }
  // Message context wins over the batch's shared one, key by key.
  const segmentContext: JsonObject = batchContext ? mergeTopLevel(batchContext, m.context ?? {}) : (m.context ?? {});
  const context = flattenSegmentContext(segmentContext);

  if (m.type === 'identify') {
    const contextTraits = isPlainObject(segmentContext.traits) ? segmentContext.traits : {};
    const traits = mergeTopLevel(contextTraits, m.traits ?? {});
    const problem = textProblem(externalId, 'userId') ?? jsonObjectProblem(traits, 'traits') ?? jsonObjectProblem(context, 'context');
    return problem ? reject(problem) : { ok: true, value: { kind: 'profile', value: { externalId, traits, consent: {}, context } } };
  }

  let timestamp = receivedAt;
  const given = m.timestamp ?? m.originalTimestamp;
  if (given != null) {
    const ts = parseTimestamp(given);
    if (!ts.ok) return reject({ code: 'invalid_timestamp', path: 'timestamp', message: `timestamp: ${ts.reason}` });
    timestamp = ts.ms;
  }

  let name: string;
  let properties: JsonObject = m.properties ?? {};
  if (m.type === 'track') {
    if (!m.event) return reject({ code: 'missing_field', path: 'event', message: 'event is required for a track message' });
    if (m.event.length > INGEST_LIMITS.eventNameMax) {
      return reject({ code: 'value_too_long', path: 'event', message: `event must be at most ${INGEST_LIMITS.eventNameMax} characters` });
    }
    name = m.event;
  } else {
    name = 'page_view';
    properties = pageProperties(properties, m.name, m.category, segmentContext);
  }
  const event: EventWrite = { externalId, name, timestamp, properties, context, messageId: m.messageId || null };
  const problem =
    textProblem(externalId, 'userId') ??
    textProblem(name, 'event') ??
    (event.messageId === null ? null : textProblem(event.messageId, 'messageId')) ??
    jsonObjectProblem(properties, 'properties') ??
    jsonObjectProblem(context, 'context');
  return problem ? reject(problem) : { ok: true, value: { kind: 'event', value: event } };
}

/** name/category from the message, url/path/title/referrer/search from context.page; explicit properties win. */
function pageProperties(properties: JsonObject, name: string | null | undefined, category: string | null | undefined, context: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (name) out.name = name;
  if (category) out.category = category;
  for (const field of PAGE_FIELDS) {
    const value = nested(context, 'page', field);
    if (typeof value === 'string' && value !== '') out[field] = value;
  }
  return mergeTopLevel(out, properties);
}

function idText(id: string | number | null | undefined): string | undefined {
  if (typeof id === 'number') return Number.isFinite(id) ? String(id) : undefined;
  return id ? id : undefined;
}

function reject(problem: RecordProblem): { ok: false; problem: RecordProblem } {
  return { ok: false, problem };
}
