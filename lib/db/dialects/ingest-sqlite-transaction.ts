import type Database from 'better-sqlite3';
import type { IngestBatch, IngestWriteResult, JsonObject, ProfileWrite } from '../../ingest/types';
import { applyEventToSeen, mergeProfileWrites, mergeTopLevel, type SeenState } from '../../ingest/profile-merge';

// The SQLite batch transaction. It runs on the writer thread (ingest-sqlite-writer-worker.ts)
// or, when that cannot start, on the calling thread; so it imports nothing server-only and
// only relative modules (a worker started by tsx or Turbopack resolves them alike).
// better-sqlite3 is synchronous, so a batch runs as one IMMEDIATE transaction (the
// write lock is taken up front, so reads and writes inside it cannot interleave with another
// writer) with cached prepared statements; merging happens in JS. Storage as the Prisma
// adapter expects it: DateTime as integer milliseconds, Json as JSON text.
const SQL = {
  selectProfile: `SELECT "id", "context", "firstSeenAt", "lastSeenAt" FROM "Profile" WHERE "workspaceId" = ? AND "externalId" = ?`,
  selectTraits: `SELECT "traits", "consent" FROM "Profile" WHERE "id" = ?`,
  insertProfile: `INSERT INTO "Profile" ("workspaceId", "externalId", "traits", "consent", "context", "scores",
    "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)`,
  // Events alone never rewrite traits/consent, which may be large.
  updateSeen: `UPDATE "Profile" SET "context" = ?, "firstSeenAt" = ?, "lastSeenAt" = ?, "updatedAt" = ? WHERE "id" = ?`,
  updateProfile: `UPDATE "Profile" SET "traits" = ?, "consent" = ?, "context" = ?, "firstSeenAt" = ?, "lastSeenAt" = ?,
    "updatedAt" = ? WHERE "id" = ?`,
  messageIdTaken: `SELECT 1 FROM "Event" WHERE "workspaceId" = ? AND "messageId" = ?`,
  // A messageId already stored (by an earlier batch, or earlier in this one) makes the
  // insert a no-op: the unique index answers the duplicate check the insert needs anyway.
  insertEvent: `INSERT INTO "Event" ("workspaceId", "profileId", "name", "timestamp", "properties", "context", "messageId",
    "receivedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("workspaceId", "messageId") DO NOTHING`,
} as const;

interface ProfileRow {
  id: number;
  context: string;
  firstSeenAt: number | string;
  lastSeenAt: number | string;
}

/** A profile touched by the batch; traits/consent are read (as JSON text) only when an upsert merges into them. */
interface Touched {
  id: number;
  data?: { traits: string; consent: string };
  seen: SeenState;
  dirty: boolean;
  /** Upserted, created, or given an event: announced to the caches (a profile whose events were all duplicates is not). */
  changed: boolean;
}

type Statements = { [K in keyof typeof SQL]: Database.Statement };
export type SqliteBatchWriter = (workspaceId: string, batch: IngestBatch) => IngestWriteResult;

/** Prepares the statements on `db` once; each call writes one batch in its own IMMEDIATE transaction. */
export function createSqliteBatchWriter(db: Database.Database): SqliteBatchWriter {
  const s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Statements;
  const tx = db.transaction((workspaceId: string, batch: IngestBatch): IngestWriteResult => {
    const now = batch.receivedAt;
    const touched = new Map<string, Touched>();

    const load = (externalId: string): Touched | undefined => {
      let t = touched.get(externalId);
      if (t) return t;
      const row = s.selectProfile.get(workspaceId, externalId) as ProfileRow | undefined;
      if (!row) return undefined;
      const seen = { firstSeenAt: toMs(row.firstSeenAt), lastSeenAt: toMs(row.lastSeenAt), context: JSON.parse(row.context) };
      t = { id: row.id, seen, dirty: false, changed: false };
      touched.set(externalId, t);
      return t;
    };
    const create = (p: ProfileWrite, seenAt: number): Touched => {
      const [traits, consent] = [JSON.stringify(p.traits), JSON.stringify(p.consent)];
      const info = s.insertProfile.run(workspaceId, p.externalId, traits, consent, JSON.stringify(p.context), seenAt, seenAt, now, now);
      const t = { id: Number(info.lastInsertRowid), data: { traits, consent }, seen: { firstSeenAt: seenAt, lastSeenAt: seenAt, context: p.context }, dirty: false, changed: true };
      touched.set(p.externalId, t);
      return t;
    };

    const profiles = mergeProfileWrites(batch.profiles);
    for (const p of profiles) {
      const t = load(p.externalId);
      if (!t) {
        create(p, now);
        continue;
      }
      const data = (t.data ??= s.selectTraits.get(t.id) as { traits: string; consent: string });
      data.traits = mergeJson(data.traits, p.traits);
      data.consent = mergeJson(data.consent, p.consent);
      t.seen.context = mergeTopLevel(t.seen.context, p.context);
      t.dirty = true;
      t.changed = true;
    }

    let inserted = 0;
    for (const e of batch.events) {
      let t = load(e.externalId);
      const isNew = !t;
      if (!t) {
        // A duplicate must not create its profile, so only here is the messageId looked up first.
        if (e.messageId !== null && s.messageIdTaken.get(workspaceId, e.messageId)) continue;
        t = create({ externalId: e.externalId, traits: {}, consent: {}, context: e.context }, e.timestamp);
      }
      const info = s.insertEvent.run(workspaceId, t.id, e.name, e.timestamp, JSON.stringify(e.properties), JSON.stringify(e.context), e.messageId, now);
      if (info.changes === 0) continue;
      inserted++;
      t.changed = true;
      if (!isNew && applyEventToSeen(t.seen, e)) t.dirty = true;
    }

    for (const t of touched.values()) {
      if (!t.dirty) continue;
      const { context, firstSeenAt, lastSeenAt } = t.seen;
      if (t.data) s.updateProfile.run(t.data.traits, t.data.consent, JSON.stringify(context), firstSeenAt, lastSeenAt, now, t.id);
      else s.updateSeen.run(JSON.stringify(context), firstSeenAt, lastSeenAt, now, t.id);
    }
    return {
      profilesWritten: profiles.length,
      eventsInserted: inserted,
      duplicates: batch.events.length - inserted,
      profileIds: [...touched.values()].flatMap((t) => (t.changed ? [t.id] : [])),
    };
  });
  return (workspaceId, batch) => tx.immediate(workspaceId, batch);
}

function mergeJson(stored: string, patch: JsonObject): string {
  return Object.keys(patch).length > 0 ? JSON.stringify(mergeTopLevel(JSON.parse(stored), patch)) : stored;
}

/** Prisma writes integer milliseconds; a SQL default (CURRENT_TIMESTAMP) would be UTC text. */
function toMs(value: number | string): number {
  return typeof value === 'number' ? value : Date.parse(`${value.replace(' ', 'T')}Z`);
}
