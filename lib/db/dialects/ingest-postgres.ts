import type pg from 'pg';
import type { EventWrite, IngestBatch, IngestWriteResult, JsonObject } from '@/lib/ingest/types';
import { applyEventToSeen, dropRepeatedMessageIds, freshSeenState, mergeProfileWrites, type SeenState } from '@/lib/ingest/profile-merge';
import type { IngestDialect } from './ingest';

// PostgreSQL: a fixed number of round trips per batch, whatever its size — every statement
// takes whole columns as arrays (unnest) — inside BEGIN/COMMIT on one pooled client. Traits
// merge in SQL with jsonb `||`; seen times and last-seen context are computed in JS from
// rows locked FOR UPDATE (in id order, so concurrent batches queue instead of deadlocking).
// A deadlock or serialization failure that still happens is retried.
const SQL = {
  upsertProfiles: `INSERT INTO "Profile" ("workspaceId", "externalId", "traits", "consent", "context", "scores",
      "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt")
    SELECT $1, t.ext, t.traits, t.consent, t.context, '{}'::jsonb, $6, $6, $6, $6
    FROM unnest($2::text[], $3::jsonb[], $4::jsonb[], $5::jsonb[]) AS t(ext, traits, consent, context)
    ORDER BY t.ext
    ON CONFLICT ("workspaceId", "externalId") DO UPDATE SET
      "traits" = "Profile"."traits" || EXCLUDED."traits",
      "consent" = "Profile"."consent" || EXCLUDED."consent",
      "context" = "Profile"."context" || EXCLUDED."context",
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "id"`,
  takenMessageIds: `SELECT "messageId" FROM "Event" WHERE "workspaceId" = $1 AND "messageId" = ANY($2::text[])`,
  createProfiles: `INSERT INTO "Profile" ("workspaceId", "externalId", "traits", "consent", "context", "scores",
      "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt")
    SELECT $1, t.ext, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, $3, $3, $3, $3
    FROM unnest($2::text[]) AS t(ext) ORDER BY t.ext
    ON CONFLICT ("workspaceId", "externalId") DO NOTHING
    RETURNING "externalId"`,
  lockProfiles: `SELECT "id", "externalId", "context", "firstSeenAt", "lastSeenAt" FROM "Profile"
    WHERE "workspaceId" = $1 AND "externalId" = ANY($2::text[]) ORDER BY "id" FOR UPDATE`,
  insertEvents: `INSERT INTO "Event" ("workspaceId", "profileId", "name", "timestamp", "properties", "context",
      "messageId", "receivedAt")
    SELECT $1, t.pid, t.name, t.ts, t.props, t.ctx, t.mid, $8
    FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::jsonb[], $7::text[])
      AS t(pid, name, ts, props, ctx, mid)
    ON CONFLICT ("workspaceId", "messageId") DO NOTHING
    RETURNING "messageId"`,
  updateSeen: `UPDATE "Profile" AS p SET "firstSeenAt" = u.first, "lastSeenAt" = u.last, "context" = u.ctx, "updatedAt" = $5
    FROM unnest($1::int[], $2::timestamptz[], $3::timestamptz[], $4::jsonb[]) AS u(id, first, last, ctx)
    WHERE p."id" = u.id`,
} as const;

const RETRYABLE = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure
const ATTEMPTS = 3;

export function postgresIngest(pool: pg.Pool): IngestDialect {
  return {
    async writeBatch(workspaceId, batch) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await writeInTransaction(client, workspaceId, batch);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          const code = (error as { code?: string }).code;
          if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
        } finally {
          client.release();
        }
      }
    },
  };
}

async function writeInTransaction(client: pg.PoolClient, workspaceId: string, batch: IngestBatch): Promise<IngestWriteResult> {
  const receivedAt = iso(batch.receivedAt);
  const touched = new Set<number>();

  const profiles = mergeProfileWrites(batch.profiles);
  if (profiles.length > 0) {
    const { rows } = await client.query<{ id: number }>(SQL.upsertProfiles, [
      workspaceId,
      profiles.map((p) => p.externalId),
      profiles.map((p) => JSON.stringify(p.traits)),
      profiles.map((p) => JSON.stringify(p.consent)),
      profiles.map((p) => JSON.stringify(p.context)),
      receivedAt,
    ]);
    for (const r of rows) touched.add(r.id);
  }

  const { inserted, duplicates } = await insertEvents(client, workspaceId, batch, receivedAt, touched);
  return { profilesWritten: profiles.length, eventsInserted: inserted, duplicates, profileIds: [...touched] };
}

async function insertEvents(client: pg.PoolClient, workspaceId: string, batch: IngestBatch, receivedAt: string, touched: Set<number>) {
  if (batch.events.length === 0) return { inserted: 0, duplicates: 0 };
  // Known duplicates are dropped before profiles are created, so a repeated message never
  // creates a profile; a concurrent insert of the same messageId is caught by ON CONFLICT.
  let { kept } = dropRepeatedMessageIds(batch.events);
  const messageIds = kept.flatMap((e) => (e.messageId === null ? [] : [e.messageId]));
  if (messageIds.length > 0) {
    const { rows } = await client.query<{ messageId: string }>(SQL.takenMessageIds, [workspaceId, messageIds]);
    if (rows.length > 0) {
      const taken = new Set(rows.map((r) => r.messageId));
      kept = kept.filter((e) => e.messageId === null || !taken.has(e.messageId));
    }
  }
  if (kept.length === 0) return { inserted: 0, duplicates: batch.events.length };

  const externalIds = [...new Set(kept.map((e) => e.externalId))];
  const created = await client.query<{ externalId: string }>(SQL.createProfiles, [workspaceId, externalIds, receivedAt]);
  const isNew = new Set(created.rows.map((r) => r.externalId));
  const locked = await client.query<{ id: number; externalId: string; context: JsonObject; firstSeenAt: Date; lastSeenAt: Date }>(
    SQL.lockProfiles,
    [workspaceId, externalIds],
  );
  const profiles = new Map<string, { id: number; seen: SeenState; dirty: boolean }>();
  for (const r of locked.rows) {
    const seen = isNew.has(r.externalId)
      ? freshSeenState()
      : { firstSeenAt: r.firstSeenAt.getTime(), lastSeenAt: r.lastSeenAt.getTime(), context: r.context };
    profiles.set(r.externalId, { id: r.id, seen, dirty: isNew.has(r.externalId) });
  }

  if (profiles.size < externalIds.length) {
    // Erased by a concurrent transaction between our insert and our lock: start over.
    throw Object.assign(new Error('profile vanished during ingest'), { code: '40001' });
  }
  for (const externalId of isNew) touched.add(profiles.get(externalId)!.id);
  const ids = kept.map((e) => profiles.get(e.externalId)!.id);
  const { rows } = await client.query<{ messageId: string | null }>(SQL.insertEvents, [
    workspaceId,
    ids,
    kept.map((e) => e.name),
    kept.map((e) => iso(e.timestamp)),
    kept.map((e) => JSON.stringify(e.properties)),
    kept.map((e) => JSON.stringify(e.context)),
    kept.map((e) => e.messageId),
    receivedAt,
  ]);
  const stored = new Set(rows.map((r) => r.messageId));
  const written: EventWrite[] = rows.length === kept.length ? kept : kept.filter((e) => e.messageId === null || stored.has(e.messageId));

  for (const e of written) {
    const p = profiles.get(e.externalId)!;
    touched.add(p.id);
    if (applyEventToSeen(p.seen, e)) p.dirty = true;
  }
  const dirty = [...profiles.values()].filter((p) => p.dirty && p.seen.lastSeenAt !== -Infinity);
  if (dirty.length > 0) {
    await client.query(SQL.updateSeen, [
      dirty.map((p) => p.id),
      dirty.map((p) => iso(p.seen.firstSeenAt)),
      dirty.map((p) => iso(p.seen.lastSeenAt)),
      dirty.map((p) => JSON.stringify(p.seen.context)),
      receivedAt,
    ]);
  }
  return { inserted: written.length, duplicates: batch.events.length - written.length };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
