// npm run bench -- experiment-results [--users N] [--events-per-user K] [--runs N] [--only sqlite|postgres] [--reuse]
// Times the results query of an experiment (lib/db/queries/experiments/metric-sql.ts) on
// fresh SQLite and PostgreSQL databases it builds itself (data/bench-experiments.db and
// studio_bench_experiments): N exposed profiles in 2 arms × 3 segments, K events each
// (purchases with a plan and an amount, page views). One conversion metric with a property
// filter (with the daily series, as the primary metric runs) and one revenue sum per user.
// --reuse times the databases of the previous run as they are. Figures: docs/PERFORMANCE.md,
// "## Experiment results".
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { timestampLiteral } from '@/lib/db/dialects/segments-postgres-values';
import { queryMetricRows } from '@/lib/db/queries/experiments/query-metric-rows';
import type { RawDb } from '@/lib/db/raw';
import type { Metric } from '@/lib/experiments/metrics';
import { fmt, loadAverage, machineFacts, median } from '../lib/machine';
import { migrate } from '../../scripts/migrate.mjs';

const { values } = parseArgs({
  options: { reuse: { type: 'boolean', default: false }, users: { type: 'string', default: '100000' }, 'events-per-user': { type: 'string', default: '3' }, runs: { type: 'string', default: '3' }, only: { type: 'string' } },
});
const USERS = Number(values.users);
const PER_USER = Number(values['events-per-user']);
const RUNS = Math.max(1, Number(values.runs));
const SQLITE_FILE = 'data/bench-experiments.db';
const PG_BASE = 'postgresql://studio:studio@localhost:5432/';
const PG_DB = 'studio_bench_experiments';
const T0 = Date.UTC(2026, 9, 1);
const DAY = 86_400_000;
const IDS = { workspace: 'bench-ws', slot: 'bench-slot', experiment: 'bench-exp' };

const metrics: [string, Metric, boolean][] = [
  ['conversion, 1 filter, with series', { kind: 'conversion', event: 'purchase', windowDays: 7, where: [{ field: 'properties.plan', operator: 'eq', value: 'pro' }] }, true],
  ['revenue sum per user', { kind: 'continuous', event: 'purchase', windowDays: 7, property: 'properties.amount', aggregate: 'sum' }, false],
];

/** Deterministic data: a small LCG so both databases hold the same rows. */
function* rows() {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < USERS; i++) {
    const exposedAt = T0 + Math.floor(rand() * 28 * DAY);
    const events = Array.from({ length: PER_USER }, () => {
      const purchase = rand() < 0.3;
      return {
        name: purchase ? 'purchase' : 'page_view',
        timestamp: exposedAt + Math.floor((rand() - 0.2) * 10 * DAY),
        properties: purchase ? { plan: rand() < 0.5 ? 'pro' : 'free', amount: Math.round(rand() * 20000) / 100 } : { path: '/' },
      };
    });
    yield { externalId: `u${i}`, arm: rand() < 0.5 ? 'control' : 'b', segment: ['vip', 'new', null][Math.floor(rand() * 3)], exposedAt, events };
  }
}

const SETUP = [
  `INSERT INTO "Workspace" ("id", "name") VALUES ('${IDS.workspace}', 'Bench')`,
  `INSERT INTO "Slot" ("id", "workspaceId", "key", "name", "updatedAt") VALUES ('${IDS.slot}', '${IDS.workspace}', 'hero', 'Hero', CURRENT_TIMESTAMP)`,
  `INSERT INTO "Experiment" ("id", "workspaceId", "key", "name", "slotId", "status", "arms", "primaryMetric", "updatedAt")
   VALUES ('${IDS.experiment}', '${IDS.workspace}', 'bench', 'Bench', '${IDS.slot}', 'running', '[]', '{}', CURRENT_TIMESTAMP)`,
];

/** The page cache the app's own handle uses (lib/db/raw.ts): SQLite's default 2 MB would thrash. */
function appLike(sqlite: Database.Database): Database.Database {
  sqlite.pragma('cache_size = -65536');
  return sqlite;
}

async function buildSqlite(): Promise<RawDb> {
  for (const s of ['', '-wal', '-shm']) rmSync(SQLITE_FILE + s, { force: true });
  await migrate(`file:./${SQLITE_FILE}`);
  const sqlite = new Database(SQLITE_FILE);
  sqlite.pragma('journal_mode = WAL');
  for (const s of SETUP) sqlite.exec(s.replace(/CURRENT_TIMESTAMP/g, String(Date.now())));
  const profile = sqlite.prepare(`INSERT INTO "Profile" ("workspaceId", "externalId", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const exposure = sqlite.prepare(`INSERT INTO "Exposure" ("experimentId", "profileId", "arm", "segmentKey", "exposedAt") VALUES (?, ?, ?, ?, ?)`);
  const event = sqlite.prepare(`INSERT INTO "Event" ("workspaceId", "profileId", "name", "timestamp", "properties", "context", "receivedAt") VALUES (?, ?, ?, ?, ?, '{}', ?)`);
  sqlite.transaction(() => {
    for (const u of rows()) {
      const id = Number(profile.run(IDS.workspace, u.externalId, T0, T0, T0, T0).lastInsertRowid);
      exposure.run(IDS.experiment, id, u.arm, u.segment, u.exposedAt);
      for (const e of u.events) event.run(IDS.workspace, id, e.name, e.timestamp, JSON.stringify(e.properties), T0);
    }
  })();
  sqlite.exec('ANALYZE');
  return { dialect: 'sqlite', sqlite: appLike(sqlite) };
}

async function buildPostgres(): Promise<RawDb> {
  const admin = new pg.Client({ connectionString: `${PG_BASE}postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${PG_DB}`);
  await admin.end();
  await migrate(PG_BASE + PG_DB);
  const pool = new pg.Pool({ connectionString: PG_BASE + PG_DB, max: 2 });
  for (const s of SETUP) await pool.query(s);
  const batch: ReturnType<typeof rows> extends Generator<infer T> ? T[] : never = [];
  const flush = async () => {
    const { rows: ids } = await pool.query(
      `INSERT INTO "Profile" ("workspaceId", "externalId") SELECT $1, x FROM unnest($2::text[]) AS x RETURNING "id", "externalId"`,
      [IDS.workspace, batch.map((u) => u.externalId)],
    );
    const idOf = new Map(ids.map((r) => [r.externalId as string, Number(r.id)]));
    await pool.query(
      `INSERT INTO "Exposure" ("experimentId", "profileId", "arm", "segmentKey", "exposedAt") SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::timestamptz[])`,
      [IDS.experiment, batch.map((u) => idOf.get(u.externalId)), batch.map((u) => u.arm), batch.map((u) => u.segment), batch.map((u) => timestampLiteral(u.exposedAt))],
    );
    const events = batch.flatMap((u) => u.events.map((e) => ({ ...e, id: idOf.get(u.externalId) })));
    await pool.query(
      `INSERT INTO "Event" ("workspaceId", "profileId", "name", "timestamp", "properties") SELECT $1, * FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::jsonb[])`,
      [IDS.workspace, events.map((e) => e.id), events.map((e) => e.name), events.map((e) => timestampLiteral(e.timestamp)), events.map((e) => JSON.stringify(e.properties))],
    );
    batch.length = 0;
  };
  for (const u of rows()) {
    batch.push(u);
    if (batch.length === 20_000) await flush();
  }
  if (batch.length) await flush();
  await pool.query('ANALYZE');
  return { dialect: 'postgres', pool };
}

async function main() {
  console.error(JSON.stringify(machineFacts()));
  const out: string[] = [];
  for (const [name, build] of [['sqlite', buildSqlite], ['postgres', buildPostgres]] as const) {
    if (values.only && values.only !== name) continue;
    const started = performance.now();
    const db: RawDb = values.reuse
      ? name === 'sqlite'
        ? { dialect: 'sqlite', sqlite: appLike(new Database(SQLITE_FILE, { readonly: true, fileMustExist: true })) }
        : { dialect: 'postgres', pool: new pg.Pool({ connectionString: PG_BASE + PG_DB, max: 2 }) }
      : await build();
    console.error(`${name}: ${fmt(USERS)} exposures, ${fmt(USERS * PER_USER)} events ${values.reuse ? 'reused' : 'loaded'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const [label, metric, series] of metrics) {
      const options = { workspaceId: IDS.workspace, experimentId: IDS.experiment, metric, asOf: T0 + 60 * DAY, series };
      await queryMetricRows(db, options); // warm-up
      const seconds: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await queryMetricRows(db, options);
        seconds.push((performance.now() - t) / 1000);
      }
      out.push(`| ${name} | ${label} | ${median(seconds).toFixed(2)} s | ${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)} s | ${loadAverage()} |`);
      console.error(out.at(-1));
    }
    if (db.dialect === 'sqlite') db.sqlite.close();
    else await db.pool.end();
  }
  console.log(`\n${fmt(USERS)} exposures, ${fmt(USERS * PER_USER)} events, ${RUNS} timed runs after a warm-up:\n`);
  console.log('| database | metric | median | min–max | load (1 min) |\n| --- | --- | ---: | ---: | ---: |');
  for (const line of out) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
