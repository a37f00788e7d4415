import 'server-only';
import { rawDb } from '@/lib/db/raw';

// Whether any workspace lists an origin among its site origins. A CORS preflight carries no
// credentials, so it cannot be tied to a workspace: it is answered for origins some
// workspace allows, and the actual request is then checked against the caller's own
// workspace (assertSiteOrigin). Answers are cached for ORIGIN_CACHE_MS, both ways; a
// settings change in this process clears them (forgetKnownOrigins).
const ORIGIN_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;

const globalOrigins = globalThis as unknown as { knownOrigins?: Map<string, { known: boolean; at: number }> };
const cache = (globalOrigins.knownOrigins ??= new Map());

// A substring match narrows the rows; the exact comparison below decides.
const SQLITE = `SELECT "siteOrigins" FROM "Workspace" WHERE instr("siteOrigins", ?) > 0`;
const POSTGRES = `SELECT "siteOrigins" FROM "Workspace" WHERE strpos("siteOrigins", $1) > 0`;

export async function isKnownOrigin(origin: string): Promise<boolean> {
  const hit = cache.get(origin);
  if (hit && Date.now() - hit.at < ORIGIN_CACHE_MS) return hit.known;
  const db = rawDb();
  const rows =
    db.dialect === 'sqlite'
      ? (db.sqlite.prepare(SQLITE).pluck().all(origin) as string[])
      : (await db.pool.query({ text: POSTGRES, values: [origin], rowMode: 'array' })).rows.map((r: unknown[]) => r[0] as string);
  const known = rows.some((list) => list.split(',').some((o) => o.trim() === origin));
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(origin, { known, at: Date.now() });
  return known;
}

export function forgetKnownOrigins(): void {
  cache.clear();
}
