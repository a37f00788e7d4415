// country / region / city / timezone from an IP address (geoip-lite, GeoLite2 data bundled
// in the package). Loading it reads ~150 MB of data and blocks for a moment, so it happens
// on the first lookup only, never at start-up or for batches without addresses.
export interface GeoFields {
  country?: string;
  region?: string;
  city?: string;
  timezone?: string;
}

export type GeoLookup = (ip: string) => GeoFields;

const CACHE_LIMIT = 20_000;
let loading: Promise<GeoLookup> | undefined;

export function loadGeoLookup(): Promise<GeoLookup> {
  loading ??= import('geoip-lite').then((mod) => {
    const geoip = (mod as unknown as { default?: typeof mod }).default ?? mod;
    const cache = new Map<string, GeoFields>();
    return (ip: string) => {
      let fields = cache.get(ip);
      if (fields) return fields;
      fields = toFields(geoip.lookup(ip.trim()));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(ip, fields);
      return fields;
    };
  });
  return loading;
}

function toFields(hit: { country: string; region: string; city: string; timezone: string } | null): GeoFields {
  const fields: GeoFields = {};
  if (!hit) return fields; // private, reserved or unknown address
  // geoip-lite reports unknown parts as empty strings; absent is the honest value.
  if (hit.country) fields.country = hit.country;
  if (hit.region) fields.region = hit.region;
  if (hit.city) fields.city = hit.city;
  if (hit.timezone) fields.timezone = hit.timezone;
  return fields;
}
