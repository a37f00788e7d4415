import 'server-only';
import type Database from 'better-sqlite3';
import { type RawDb, rawDb } from '@/lib/db/raw';
import type { EventInput } from '@/lib/segments';
import { type EventNeeds, windowStart } from './core/event-needs';

// The evaluation route's hot path: straight through the database driver (no ORM), with
// prepared statements on the indexes Profile(workspaceId, externalId) and
// Event(profileId, name, timestamp). Values are always bound; the only text assembled here
// is the number of `?` in an IN list.

export type StoredProfile = { id: number; traits: unknown; consent: unknown; context: unknown; scores: unknown };
export type LoadedProfile = { profile: StoredProfile | null; events: EventInput[] };

/**
 * Events reach the evaluator with this name when only firstSeenAt/lastSeenAt need them: the
 * earliest and latest stored event of any name. No condition can name it (event names in a
 * tree are at most 200 characters), so no count ever includes it.
 */
const SEEN_MARKER = '\u0000seen'.padEnd(201, '\u0000');

export type WorkspaceStamp = { requireOptIn: boolean; siteOrigins: string[]; content: string };

/** Settings and a stamp that changes whenever a publish, a tree deletion or rename, a slot/variant write or an experiment write happened. */
export async function readWorkspaceStamp(workspaceId: string): Promise<WorkspaceStamp | null> {
  const db = rawDb();
  if (db.dialect === 'sqlite') {
    const row = stmt(db.sqlite, SQLITE_STAMP).raw(true).get(workspaceId) as [number, string, string] | undefined;
    return row ? { requireOptIn: row[0] === 1, siteOrigins: splitOrigins(row[1]), content: row[2] } : null;
  }
  const { rows } = await db.pool.query({ name: 'eval-stamp', text: PG_STAMP, values: [workspaceId], rowMode: 'array' });
  const row = rows[0] as [boolean, string, string] | undefined;
  return row ? { requireOptIn: row[0], siteOrigins: splitOrigins(row[1]), content: row[2] } : null;
}

const splitOrigins = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

const stampParts = (count: (table: string, column: string) => string) => `SELECT w."requireOptIn", w."siteOrigins",
  (SELECT ${count('v', 'publishedAt')} FROM "TreeVersion" v JOIN "Tree" t ON t."id" = v."treeId" WHERE t."workspaceId" = w."id")
  || '|' || (SELECT ${count('t', 'updatedAt')} FROM "Tree" t WHERE t."workspaceId" = w."id")
  || '|' || (SELECT ${count('s', 'updatedAt')} FROM "Slot" s WHERE s."workspaceId" = w."id")
  || '|' || (SELECT ${count('x', 'updatedAt')} FROM "Experiment" x WHERE x."workspaceId" = w."id")
  FROM "Workspace" w WHERE w."id" = `;
const SQLITE_STAMP = stampParts((t, c) => `COUNT(*) || ':' || IFNULL(MAX(${t}."${c}"), '')`) + '?';
const PG_STAMP = stampParts((t, c) => `COUNT(*)::text || ':' || COALESCE(MAX(${t}."${c}")::text, '')`) + '$1';

/**
 * One stored profile by externalId and the events the published trees can see at `asOf`
 * (names in `needs`, inside the widest window), plus — when firstSeenAt/lastSeenAt are used —
 * its earliest and latest event as SEEN_MARKER events. Unknown externalId: profile null.
 */
export async function loadProfile(workspaceId: string, externalId: string, needs: EventNeeds, asOf: number): Promise<LoadedProfile> {
  const db = rawDb();
  const from = windowStart(needs, asOf);
  return db.dialect === 'sqlite' ? loadSqlite(db, workspaceId, externalId, needs, from, asOf) : loadPostgres(db, workspaceId, externalId, needs, from, asOf);
}

// ---- SQLite (DateTime = integer ms, Json = text) ----

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** A prepared statement per connection and SQL text, prepared once. */
export function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = sqlite.prepare(sql)));
  return s;
}

const SQLITE_PROFILE = `SELECT "id", "traits", "consent", "context", "scores" FROM "Profile" WHERE "workspaceId" = ? AND "externalId" = ?`;
// Properties only of the events whose properties a condition reads: SQLite then visits the
// table row for those alone and answers the rest from the index (a deferred seek).
const list = (n: number) => Array(n).fill('?').join(', ');
const sqliteEvents = (names: number, withProperties: number) =>
  `SELECT "name", "timestamp", ${withProperties ? `CASE WHEN "name" IN (${list(withProperties)}) THEN "properties" END` : 'NULL'} FROM "Event"
   WHERE "profileId" = ? AND "name" IN (${list(names)}) AND "timestamp" >= ? AND "timestamp" <= ?`;
const SQLITE_SEEN = `SELECT MIN("timestamp"), MAX("timestamp") FROM "Event" WHERE "profileId" = ? AND "timestamp" <= ?`;
// SQLite compares integers exactly; ±Infinity is not an integer, so the open end is the smallest one.
const SQLITE_MIN_TS = Number.MIN_SAFE_INTEGER;

function loadSqlite(db: Extract<RawDb, { dialect: 'sqlite' }>, workspaceId: string, externalId: string, needs: EventNeeds, from: number, asOf: number): LoadedProfile {
  const row = stmt(db.sqlite, SQLITE_PROFILE).raw(true).get(workspaceId, externalId) as [number, string, string, string, string] | undefined;
  if (!row) return { profile: null, events: [] };
  const profile: StoredProfile = { id: row[0], traits: parse(row[1]), consent: parse(row[2]), context: parse(row[3]), scores: parse(row[4]) };
  const events: EventInput[] = [];
  if (needs.names.length > 0) {
    const sql = sqliteEvents(needs.names.length, needs.propertyNames.length);
    const lower = Number.isFinite(from) ? Math.ceil(from) : SQLITE_MIN_TS;
    const rows = stmt(db.sqlite, sql).raw(true).iterate(...needs.propertyNames, profile.id, ...needs.names, lower, asOf) as Iterable<[string, number, string | null]>;
    for (const e of rows) events.push({ name: e[0], timestamp: Number(e[1]), properties: parse(e[2]) });
  }
  if (needs.seen) {
    const [first, last] = stmt(db.sqlite, SQLITE_SEEN).raw(true).get(profile.id, asOf) as [number | null, number | null];
    pushSeen(events, first, last);
  }
  return { profile, events };
}

function parse(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function pushSeen(events: EventInput[], first: number | string | null, last: number | string | null) {
  if (first === null || last === null) return;
  events.push({ name: SEEN_MARKER, timestamp: Number(first) }, { name: SEEN_MARKER, timestamp: Number(last) });
}

// ---- PostgreSQL (DateTime = timestamptz(3), Json = jsonb parsed by the driver) ----
// The profile and its events are read in parallel (two pooled connections), the events by
// joining on the externalId, so one request costs one round trip of latency, not two.

const PG_PROFILE = `SELECT "id", "traits", "consent", "context", "scores" FROM "Profile" WHERE "workspaceId" = $1 AND "externalId" = $2`;
const PG_EVENTS = `SELECT e."name", (extract(epoch from e."timestamp") * 1000)::float8, CASE WHEN e."name" = ANY($6::text[]) THEN e."properties" END
  FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id"
  WHERE p."workspaceId" = $1 AND p."externalId" = $2 AND e."name" = ANY($3::text[])
    AND e."timestamp" >= $4::timestamptz AND e."timestamp" <= $5::timestamptz`;
const PG_SEEN = `SELECT (extract(epoch from MIN(e."timestamp")) * 1000)::float8, (extract(epoch from MAX(e."timestamp")) * 1000)::float8
  FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id"
  WHERE p."workspaceId" = $1 AND p."externalId" = $2 AND e."timestamp" <= $3::timestamptz`;

async function loadPostgres(db: Extract<RawDb, { dialect: 'postgres' }>, workspaceId: string, externalId: string, needs: EventNeeds, from: number, asOf: number): Promise<LoadedProfile> {
  const until = new Date(asOf).toISOString();
  const lower = Number.isFinite(from) ? new Date(Math.max(from, -8.64e15)).toISOString() : '-infinity';
  const [profileRows, eventRows, seenRows] = await Promise.all([
    db.pool.query({ name: 'eval-profile', text: PG_PROFILE, values: [workspaceId, externalId], rowMode: 'array' }),
    needs.names.length > 0
      ? db.pool.query({ name: 'eval-events', text: PG_EVENTS, values: [workspaceId, externalId, needs.names, lower, until, needs.propertyNames], rowMode: 'array' })
      : null,
    needs.seen ? db.pool.query({ name: 'eval-seen', text: PG_SEEN, values: [workspaceId, externalId, until], rowMode: 'array' }) : null,
  ]);
  const row = profileRows.rows[0] as [number, unknown, unknown, unknown, unknown] | undefined;
  if (!row) return { profile: null, events: [] };
  const profile: StoredProfile = { id: Number(row[0]), traits: row[1], consent: row[2], context: row[3], scores: row[4] };
  const events: EventInput[] = (eventRows?.rows ?? []).map((e: unknown[]) => ({ name: e[0] as string, timestamp: Number(e[1]), properties: e[2] ?? undefined }));
  if (seenRows) {
    const [first, last] = seenRows.rows[0] as [number | null, number | null];
    pushSeen(events, first, last);
  }
  return { profile, events };
}
