import { CONTEXT_STRING_KEYS } from '@/lib/validations/ingest';
import type { JsonObject } from './types';

// Segment's context is nested (page, campaign, device, os, location, library, traits …);
// ours is flat, one value per key, which is what a profile's last-seen context keeps.
// Top-level scalars are kept as they are (ip, userAgent, locale, timezone, groupId …); the
// nested objects below are mapped; everything else (library, screen, traits …) is dropped.
const STRING_KEYS: ReadonlySet<string> = new Set(CONTEXT_STRING_KEYS);
const DEVICE_TYPES = new Set(['mobile', 'tablet', 'desktop', 'smarttv', 'console', 'wearable', 'embedded']);

const NESTED: [object: string, field: string, key: string][] = [
  ['page', 'referrer', 'referrer'],
  ['campaign', 'source', 'utm_source'],
  ['campaign', 'medium', 'utm_medium'],
  ['campaign', 'name', 'utm_campaign'],
  ['campaign', 'term', 'utm_term'],
  ['campaign', 'content', 'utm_content'],
  ['os', 'name', 'os'],
  ['location', 'country', 'country'],
  ['location', 'region', 'region'],
  ['location', 'city', 'city'],
];

export function isPlainObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function flattenSegmentContext(context: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(context)) {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') {
      if (!STRING_KEYS.has(key)) out[key] = value;
    } else if (typeof value === 'string') {
      out[key] = value;
    }
  }
  for (const [object, field, key] of NESTED) {
    const value = nested(context, object, field);
    if (typeof value === 'string' && value !== '' && out[key] === undefined) out[key] = value;
  }
  // Mobile libraries put the platform ("ios", "android") in device.type; only a form factor
  // is a device here, the rest is left to the User-Agent.
  const deviceType = nested(context, 'device', 'type');
  if (typeof deviceType === 'string' && DEVICE_TYPES.has(deviceType) && out.device === undefined) out.device = deviceType;
  return out;
}

export function nested(context: JsonObject, object: string, field: string): unknown {
  const inner = context[object];
  return isPlainObject(inner) ? inner[field] : undefined;
}
