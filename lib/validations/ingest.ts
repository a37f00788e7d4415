import { z } from 'zod';

// Ingest request shapes. Envelopes fail the whole request (422); records are checked one by
// one so a bad record is rejected with a reason and the rest of the batch is still written.
// The limits are documented in docs/INGEST.md.
export const INGEST_LIMITS = {
  maxRecords: 1000,
  maxJsonBodyBytes: 5 * 1024 * 1024,
  maxCsvBodyBytes: 50 * 1024 * 1024,
  externalIdMax: 256,
  eventNameMax: 200,
  messageIdMax: 200,
  /** Any string inside traits, properties or context (keys included). */
  stringValueMax: 8192,
  /** traits / properties / context themselves are level 1. */
  maxDepth: 10,
  csvChunkRows: 1000,
} as const;

/** Context keys with a meaning in conditions; they must be strings (null clears one). */
export const CONTEXT_STRING_KEYS = [
  'device', 'os', 'browser', 'country', 'region', 'city', 'timezone', 'referrer',
  'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'userAgent', 'ip', 'locale',
] as const;

export const CONSENT_KEYS = ['analytics', 'personalization', 'marketing'] as const;

const L = INGEST_LIMITS;

const externalId = z.string().min(1, 'must not be empty').max(L.externalIdMax, `must be at most ${L.externalIdMax} characters`);
const jsonObject = z.record(z.string(), z.unknown(), 'must be a JSON object');
const optionalObject = jsonObject.nullish();

const consent = z
  .object(Object.fromEntries(CONSENT_KEYS.map((k) => [k, z.boolean('must be true or false').optional()])))
  .strict();

// Flat on purpose: the profile keeps the last value of each key, and conditions read them as
// plain strings. Other keys may carry any scalar.
const contextValue = z.union([z.string(), z.number(), z.boolean(), z.null()], 'must be a string, number, boolean or null (context is flat)');
export const contextSchema = z
  .object(Object.fromEntries(CONTEXT_STRING_KEYS.map((k) => [k, z.string('must be a string').nullable().optional()])))
  .catchall(contextValue);

export const profileRecordSchema = z
  .object({
    externalId,
    traits: optionalObject,
    consent: consent.nullish(),
    context: contextSchema.nullish(),
  })
  .strict();

export const eventRecordSchema = z
  .object({
    externalId,
    event: z.string().min(1, 'must not be empty').max(L.eventNameMax, `must be at most ${L.eventNameMax} characters`),
    timestamp: z.string('must be an ISO-8601 string').nullish(),
    properties: optionalObject,
    context: contextSchema.nullish(),
    messageId: z.string().min(1, 'must not be empty').max(L.messageIdMax, `must be at most ${L.messageIdMax} characters`).nullish(),
  })
  .strict();

/** Segment's id fields are strings; numbers are accepted and turned into their decimal text. */
const segmentId = z.union([z.string(), z.number()], 'must be a string').nullish();
const segmentString = z.string('must be a string').nullish();

// One Segment message. Fields Segment libraries add for their own bookkeeping are accepted
// and ignored, so analytics.js / analytics-node payloads pass unchanged.
export const segmentMessageSchema = z
  .object({
    type: z.string('must be a string'),
    userId: segmentId,
    anonymousId: segmentId,
    traits: optionalObject,
    event: segmentString,
    name: segmentString,
    category: segmentString,
    properties: optionalObject,
    context: optionalObject,
    timestamp: segmentString,
    originalTimestamp: segmentString,
    messageId: z.string('must be a string').max(L.messageIdMax, `must be at most ${L.messageIdMax} characters`).nullish(),
    // Ignored Segment bookkeeping:
    sentAt: z.unknown().optional(),
    receivedAt: z.unknown().optional(),
    integrations: z.unknown().optional(),
    channel: z.unknown().optional(),
    version: z.unknown().optional(),
    writeKey: z.unknown().optional(),
    _metadata: z.unknown().optional(),
  })
  .strict();

export const profilesEnvelopeSchema = z.object({ profiles: z.array(z.unknown()) }).strict();
export const eventsEnvelopeSchema = z.object({ events: z.array(z.unknown()) }).strict();
export const segmentBatchEnvelopeSchema = z
  .object({
    batch: z.array(z.unknown()),
    context: jsonObject.optional(),
    sentAt: z.unknown().optional(),
    writeKey: z.unknown().optional(),
    integrations: z.unknown().optional(),
    _metadata: z.unknown().optional(),
  })
  .strict();

export type ProfileRecordInput = z.infer<typeof profileRecordSchema>;
export type EventRecordInput = z.infer<typeof eventRecordSchema>;
export type SegmentMessageInput = z.infer<typeof segmentMessageSchema>;
