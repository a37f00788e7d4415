import { enrichContext, ipToLocate, type RequestFallback } from './enrich-context';
import { loadGeoLookup, type GeoLookup } from './enrich-geo';
import type { JsonObject } from './types';

/**
 * Enriches the context of every record in place. The IP database is loaded only when some
 * record actually has an address to locate.
 */
export async function enrichContexts(records: readonly { context: JsonObject }[], fallback?: RequestFallback): Promise<void> {
  let geo: GeoLookup | null = null;
  if (records.some((r) => ipToLocate(r.context, fallback) !== undefined)) geo = await loadGeoLookup();
  for (const r of records) r.context = enrichContext(r.context, geo, fallback);
}
