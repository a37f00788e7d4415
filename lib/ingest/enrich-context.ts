import type { GeoLookup } from './enrich-geo';
import { userAgentFields } from './enrich-user-agent';
import { mergeTopLevel } from './profile-merge';
import type { JsonObject } from './types';

// Fills the context fields a sender left out from its userAgent and ip. Explicit values
// always win, null included (null means "clear it"). Location is all-or-nothing: a city
// from the IP next to a country the sender gave could contradict it.
export interface RequestFallback {
  /** The request's own User-Agent / client address, used only when the context has none. */
  userAgent?: string;
  ip?: string;
}

const LOCATION_KEYS = ['country', 'region', 'city'] as const;

function stringAt(context: JsonObject, key: string): string | undefined {
  const value = context[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The address to locate, when some location field is still to fill. */
export function ipToLocate(context: JsonObject, fallback?: RequestFallback): string | undefined {
  const wantsLocation = LOCATION_KEYS.every((k) => context[k] === undefined) || context.timezone === undefined;
  return wantsLocation ? (stringAt(context, 'ip') ?? fallback?.ip) : undefined;
}

/** Returns the context itself when nothing was added, else an enriched copy. */
export function enrichContext(context: JsonObject, geo: GeoLookup | null, fallback?: RequestFallback): JsonObject {
  const derived: JsonObject = {};
  const userAgent = stringAt(context, 'userAgent') ?? fallback?.userAgent;
  if (userAgent && (context.device === undefined || context.os === undefined || context.browser === undefined)) {
    const ua = userAgentFields(userAgent);
    if (ua.device) derived.device = ua.device;
    if (ua.os) derived.os = ua.os;
    if (ua.browser) derived.browser = ua.browser;
  }
  const ip = geo ? ipToLocate(context, fallback) : undefined;
  if (ip && geo) {
    const place = geo(ip);
    if (LOCATION_KEYS.every((k) => context[k] === undefined)) {
      if (place.country) derived.country = place.country;
      if (place.region) derived.region = place.region;
      if (place.city) derived.city = place.city;
    }
    if (place.timezone) derived.timezone = place.timezone;
  }
  // Given keys, null included, win over derived ones.
  return Object.keys(derived).length > 0 ? mergeTopLevel(derived, context) : context;
}
