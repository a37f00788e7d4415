import type { EvaluationInput } from '@/lib/segments';
import { timestampLiteral } from '@/lib/db/dialects/segments-postgres-values';
import type { RawDb } from '@/lib/db/raw';

// Writes generated profiles and events straight into a workspace (both dialects) and gives
// the core the very same data as it will read it back: JSON round-tripped, events in
// storage order. Used by the agreement tests and the table tests.

export type TestEvent = { name: string; timestamp: number; properties?: unknown; messageId?: string | null };
export type TestProfile = {
  externalId: string;
  traits?: unknown;
  consent?: unknown;
  context?: unknown;
  scores?: unknown;
  events?: TestEvent[];
};

const json = (value: unknown) => JSON.stringify(value ?? {});

export async function insertProfiles(db: RawDb, workspaceId: string, profiles: readonly TestProfile[]): Promise<EvaluationInput[]> {
  const now = Date.UTC(2024, 0, 1);
  const ids: number[] = [];
  if (db.dialect === 'sqlite') {
    const profile = db.sqlite.prepare(`INSERT INTO "Profile" ("workspaceId", "externalId", "traits", "consent", "context", "scores",
      "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const event = db.sqlite.prepare(`INSERT INTO "Event" ("workspaceId", "profileId", "name", "timestamp", "properties", "context",
      "messageId", "receivedAt") VALUES (?, ?, ?, ?, ?, '{}', ?, ?)`);
    db.sqlite.transaction(() => {
      for (const p of profiles) {
        const id = Number(profile.run(workspaceId, p.externalId, json(p.traits), json(p.consent), json(p.context), json(p.scores), now, now, now, now).lastInsertRowid);
        ids.push(id);
        for (const e of p.events ?? []) event.run(workspaceId, id, e.name, e.timestamp, json(e.properties), e.messageId ?? null, now);
      }
    })();
  } else {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      for (const p of profiles) {
        const { rows } = await client.query(
          `INSERT INTO "Profile" ("workspaceId", "externalId", "traits", "consent", "context", "scores")
           VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::jsonb) RETURNING "id"`,
          [workspaceId, p.externalId, json(p.traits), json(p.consent), json(p.context), json(p.scores)],
        );
        const id = Number(rows[0].id);
        ids.push(id);
        const events = p.events ?? [];
        if (events.length > 0) {
          const values: unknown[] = [];
          const tuples = events.map((e, i) => {
            values.push(e.name, timestampLiteral(e.timestamp), json(e.properties), e.messageId ?? null);
            const k = i * 4;
            return `($1, $2, $${k + 3}, $${k + 4}::timestamptz, $${k + 5}::jsonb, $${k + 6})`;
          });
          await client.query(
            `INSERT INTO "Event" ("workspaceId", "profileId", "name", "timestamp", "properties", "messageId") VALUES ${tuples.join(', ')}`,
            [workspaceId, id, ...values],
          );
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
  const roundTrip = (value: unknown) => JSON.parse(json(value));
  return profiles.map((p, i) => ({
    profile: {
      id: ids[i],
      externalId: p.externalId,
      traits: roundTrip(p.traits),
      consent: roundTrip(p.consent),
      context: roundTrip(p.context),
      scores: roundTrip(p.scores),
    },
    events: (p.events ?? []).map((e) => ({ name: e.name, timestamp: e.timestamp, properties: roundTrip(e.properties), messageId: e.messageId ?? null })),
  }));
}

export async function clearWorkspace(db: RawDb, workspaceId: string): Promise<void> {
  if (db.dialect === 'sqlite') {
    db.sqlite.prepare('DELETE FROM "Event" WHERE "workspaceId" = ?').run(workspaceId);
    db.sqlite.prepare('DELETE FROM "Profile" WHERE "workspaceId" = ?').run(workspaceId);
  } else {
    await db.pool.query('DELETE FROM "Event" WHERE "workspaceId" = $1', [workspaceId]);
    await db.pool.query('DELETE FROM "Profile" WHERE "workspaceId" = $1', [workspaceId]);
  }
}
