import UAParser from 'ua-parser-js';

// device / os / browser from a User-Agent string (ua-parser-js v1, MIT; v2 is AGPL).
// Parsing costs tens of microseconds and real traffic repeats a few hundred strings, so
// results are memoised; the cache is simply dropped when it fills up.
export interface UserAgentFields {
  device?: string;
  os?: string;
  browser?: string;
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, UserAgentFields>();

export function userAgentFields(userAgent: string): UserAgentFields {
  let fields = cache.get(userAgent);
  if (fields) return fields;
  fields = parse(userAgent);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(userAgent, fields);
  return fields;
}

function parse(userAgent: string): UserAgentFields {
  const result = UAParser(userAgent);
  const fields: UserAgentFields = {};
  if (result.os.name) fields.os = result.os.name;
  if (result.browser.name) fields.browser = result.browser.name;
  // ua-parser leaves the device type empty for desktops; only call it that when the string
  // is recognisably a browser or an OS (curl or a bot is not a desktop).
  const type = result.device.type ?? (fields.os || fields.browser ? 'desktop' : undefined);
  if (type) fields.device = type;
  return fields;
}
