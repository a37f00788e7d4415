import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { EvaluationInput, EventInput } from '@/lib/segments';
import { parseJson } from './load-sink';

// The current state of a few changed profiles, with every event, as the evaluator reads
// them: what goes into an index's overlay. Ids are bound as one JSON array (SQLite) or an
// int[] (PostgreSQL), never spliced. Profiles not found were erased meanwhile.
export interface Reread {
  found: EvaluationInput[];
  missing: number[];
}

const CHUNK = 500;

function assemble(ids: readonly number[], profiles: EvaluationInput['profile'][], events: { profileId: number; event: EventInput }[]): Reread {
  const byId = new Map<number, EvaluationInput>();
  for (const profile of profiles) byId.set(profile.id as number, { profile, events: [] });
  for (const { profileId, event } of events) (byId.get(profileId)?.events as EventInput[] | undefined)?.push(event);
  return { found: [...byId.values()], missing: ids.filter((id) => !byId.has(id)) };
}

const SQLITE_PROFILES = `SELECT "id", "externalId", "traits", "consent", "context", "scores" FROM "Profile"
  WHERE "workspaceId" = ? AND "id" IN (SELECT value FROM json_each(?))`;
const SQLITE_EVENTS = `SELECT "profileId", "name", "timestamp", "properties", "messageId" FROM "Event"
  WHERE "workspaceId" = ? AND "profileId" IN (SELECT value FROM json_each(?)) ORDER BY "profileId", "id"`;

export function rereadSqlite(db: Database.Database, workspaceId: string, ids: readonly number[]): Reread {
  const profiles: EvaluationInput['profile'][] = [];
  const events: { profileId: number; event: EventInput }[] = [];
  const read = db.transaction((chunk: string) => {
    for (const r of db.prepare(SQLITE_PROFILES).all(workspaceId, chunk) as Record<string, string | number>[]) {
      profiles.push({ id: r.id as number, externalId: r.externalId as string, traits: parseJson(r.traits as string), consent: parseJson(r.consent as string), context: parseJson(r.context as string), scores: parseJson(r.scores as string) });
    }
    for (const r of db.prepare(SQLITE_EVENTS).all(workspaceId, chunk) as Record<string, string | number | null>[]) {
      events.push({ profileId: r.profileId as number, event: { name: r.name as string, timestamp: Number(r.timestamp), properties: parseJson(r.properties as string), messageId: r.messageId as string | null } });
    }
  });
  for (let i = 0; i < ids.length; i += CHUNK) read(JSON.stringify(ids.slice(i, i + CHUNK)));
  return assemble(ids, profiles, events);
}

const PG_PROFILES = `SELECT "id", "externalId", "traits", "consent", "context", "scores" FROM "Profile"
  WHERE "workspaceId" = $1 AND "id" = ANY($2::int[])`;
const PG_EVENTS = `SELECT "profileId", "name", (extract(epoch from "timestamp") * 1000)::float8 AS "ms", "properties", "messageId" FROM "Event"
  WHERE "workspaceId" = $1 AND "profileId" = ANY($2::int[]) ORDER BY "profileId", "id"`;

export async function rereadPostgres(pool: pg.Pool, workspaceId: string, ids: readonly number[]): Promise<Reread> {
  const profiles: EvaluationInput['profile'][] = [];
  const events: { profileId: number; event: EventInput }[] = [];
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      for (const r of (await client.query(PG_PROFILES, [workspaceId, chunk])).rows) {
        profiles.push({ id: r.id, externalId: r.externalId, traits: r.traits, consent: r.consent, context: r.context, scores: r.scores });
      }
      for (const r of (await client.query(PG_EVENTS, [workspaceId, chunk])).rows) {
        events.push({ profileId: r.profileId, event: { name: r.name, timestamp: r.ms, properties: r.properties, messageId: r.messageId } });
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return assemble(ids, profiles, events);
}
