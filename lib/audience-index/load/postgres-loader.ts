import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { PropertySource } from '../property-columns';
import type { IndexData, Timeline } from '../storage/index-data';
import { PropertyAligner } from './align-properties';
import { readBinaryCopy, timestampMs } from './copy-binary';
import { intField, readCopyRows, textField } from './copy-text';
import { EventBuffer } from './event-buffer';
import { LoadSink, breathe, parseJson } from './load-sink';

// PostgreSQL (DateTime = timestamptz(3), Json = jsonb) through COPY … TO STDOUT, the fastest
// way out of the server, in one REPEATABLE READ transaction so profiles and events come
// from the same snapshot. COPY takes no bind parameters, so the workspace id (and property
// keys) travel as transaction-local settings set with bound values and read back with
// current_setting(): nothing from outside is ever spliced into the SQL text.
const WORKSPACE = `current_setting('audience.workspace')`;
const PROFILES = `SELECT "id", "externalId", "traits"::text, "consent"::text, "context"::text, "scores"::text
  FROM "Profile" WHERE "workspaceId" = ${WORKSPACE} ORDER BY "id"`;
// In binary: int4, int4, text, timestamptz (µs since 2000, whole ms in timestamptz(3)).
const EVENTS = `SELECT "profileId", "id", "name", "timestamp" FROM "Event" WHERE "workspaceId" = ${WORKSPACE}`;

/** `properties -> k1 -> k2 …`: a text key never indexes an array, as the evaluator's paths. */
function propertySql(depth: number): string {
  const path = Array.from({ length: depth }, (_, k) => ` -> current_setting('audience.key${k}')`).join('');
  return `SELECT e."profileId", (extract(epoch from e."timestamp") * 1000)::int8, (e."properties"${path})::text
    FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id"
    WHERE p."workspaceId" = ${WORKSPACE} AND e."workspaceId" = ${WORKSPACE} AND e."name" = current_setting('audience.event')
    ORDER BY p."id", e."timestamp", e."id"`;
}

// Planner settings for this transaction only. JIT compiling these simple scans cost more
// than it saved (1.5 s measured). current_setting() hides the values from the planner, which
// then guessed a full scan for one event name's properties: index scans took half the time.
const SCAN = ['SET LOCAL jit = off'];
const PROPERTY_SCAN = [...SCAN, 'SET LOCAL enable_seqscan = off', "SET LOCAL work_mem = '256MB'"];

async function inSnapshot<T>(pool: pg.Pool, tuning: readonly string[], settings: Record<string, string>, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const statement of tuning) await client.query(statement);
    for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [name, value]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export async function loadPostgresIndex(pool: pg.Pool, workspaceId: string): Promise<IndexData> {
  return inSnapshot(pool, SCAN, { 'audience.workspace': workspaceId }, async (client) => {
    const sink = new LoadSink();
    await readCopyRows(
      client.query(copyTo(`COPY (${PROFILES}) TO STDOUT`)),
      (line, f) =>
        sink.profile(
          intField(line, f[0], f[1]),
          textField(line, f[2], f[3])!,
          textField(line, f[4], f[5]),
          textField(line, f[6], f[7]),
          textField(line, f[8], f[9]),
          textField(line, f[10], f[11]),
        ),
      breathe,
    );
    const events = new EventBuffer();
    await readBinaryCopy(
      client.query(copyTo(`COPY (${EVENTS}) TO STDOUT (FORMAT binary)`)),
      (buf, at, length) => {
        const name = events.nameCode(buf, at[2], at[2] + length[2], () => buf.toString('utf8', at[2], at[2] + length[2]));
        events.add(buf.readInt32BE(at[0]), name, timestampMs(buf, at[3]), buf.readInt32BE(at[1]));
      },
      breathe,
    );
    events.feed(sink, sink.ids);
    return sink.finish();
  });
}

export function postgresPropertySource(pool: pg.Pool, workspaceId: string, data: () => IndexData): PropertySource {
  return {
    async load(timeline: Timeline, key: string, live: (slot: number) => boolean) {
      const keys = key.split('.');
      const settings: Record<string, string> = { 'audience.workspace': workspaceId, 'audience.event': timeline.name };
      keys.forEach((k, i) => (settings[`audience.key${i}`] = k));
      return inSnapshot(pool, PROPERTY_SCAN, settings, async (client) => {
        const aligner = new PropertyAligner(data(), timeline, live);
        await readCopyRows(
          client.query(copyTo(`COPY (${propertySql(keys.length)}) TO STDOUT`)),
          (line, f) => aligner.row(intField(line, f[0], f[1]), intField(line, f[2], f[3]), parseJson(textField(line, f[4], f[5]))),
          breathe,
        );
        return aligner.finish();
      });
    },
  };
}
