import type Database from 'better-sqlite3';
import type { PropertySource } from '../property-columns';
import type { IndexData, Timeline } from '../storage/index-data';
import { PropertyAligner } from './align-properties';
import { LoadSink, ROWS_PER_BREATH, breathe, parseJson } from './load-sink';

// SQLite (DateTime = integer ms, Json = text). One read transaction gives profiles and
// events from the same snapshot. Events come through the covering index
// (profileId, name, timestamp) joined from the workspace's profiles in id order, so the
// database sorts nothing and never touches the wide table rows. The connection must be the
// loader's own: an open iterator keeps a better-sqlite3 connection busy.
const PROFILES = `SELECT "id", "externalId", "traits", "consent", "context", "scores" FROM "Profile" WHERE "workspaceId" = ? ORDER BY "id"`;
const EVENTS = `SELECT e."profileId", e."name", e."timestamp" FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id"
  WHERE p."workspaceId" = ? ORDER BY p."id", e."name", e."timestamp", e."id"`;
// The same walk, one row per (profile, name) with the timestamps concatenated: a row costs
// the driver far more than its values, and this makes 20M rows about 3M (the build's
// largest single saving). The index gives the rows in (timestamp, id) order within each
// group; GROUP_CONCAT keeps the order it is fed in as long as SQLite needs no sorter, which
// is checked on the query plan before relying on it.
const EVENT_GROUPS = `SELECT e."profileId", e."name", group_concat(e."timestamp") FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id"
  WHERE p."workspaceId" = ? GROUP BY p."id", e."name"`;
// `->` returns the value's JSON text (null for a missing key), so strings, numbers and
// booleans keep their types; a "."-step never indexes an array, as the evaluator's paths.
const PROPERTY = `SELECT e."profileId", e."timestamp", e."properties" -> ? FROM "Profile" p JOIN "Event" e ON e."profileId" = p."id"
  WHERE p."workspaceId" = ? AND e."name" = ? ORDER BY p."id", e."timestamp", e."id"`;

/** A JSON path for SQLite: every key quoted (keys hold no quotes: see TRAIT_PATH). */
export const sqliteJsonPath = (key: string) => '$' + key.split('.').map((k) => `."${k}"`).join('');

export async function loadSqliteIndex(db: Database.Database, workspaceId: string): Promise<IndexData> {
  const sink = new LoadSink();
  db.exec('BEGIN');
  try {
    let rows = 0;
    for (const row of db.prepare(PROFILES).raw(true).iterate(workspaceId) as Iterable<[number, string, string, string, string, string]>) {
      sink.profile(row[0], row[1], row[2], row[3], row[4], row[5]);
      if (++rows % ROWS_PER_BREATH === 0) await breathe();
    }
    if (walksInIndexOrder(db, EVENT_GROUPS, workspaceId)) {
      const timestamps: number[] = [];
      for (const row of db.prepare(EVENT_GROUPS).raw(true).iterate(workspaceId) as Iterable<[number, string, string]>) {
        parseNumberList(row[2], timestamps);
        sink.eventGroup(row[0], row[1], timestamps);
        if (++rows % ROWS_PER_BREATH === 0) await breathe();
      }
    } else {
      for (const row of db.prepare(EVENTS).raw(true).iterate(workspaceId) as Iterable<[number, string, number]>) {
        sink.event(row[0], row[1], Number(row[2]));
        if (++rows % ROWS_PER_BREATH === 0) await breathe();
      }
    }
  } finally {
    db.exec('COMMIT');
  }
  return sink.finish();
}

/** Whether SQLite runs `sql` straight off indexes, with no temporary b-tree (sorter). */
export function walksInIndexOrder(db: Database.Database, sql: string, ...params: unknown[]): boolean {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan.every((step) => !/TEMP B-TREE/i.test(step.detail));
}

/** "1718000000000,1718000000500" → numbers (into `out`); anything but plain integers via Number(). */
export function parseNumberList(text: string, out: number[]): void {
  out.length = 0;
  let value = 0;
  let negative = false;
  let plain = true;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 44) {
      out.push(plain ? (negative ? -value : value) : Number(text.slice(from, i)));
      value = 0;
      negative = false;
      plain = true;
      from = i + 1;
    } else if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    else if (c === 45 && i === from) negative = true;
    else plain = false;
  }
}

export function sqlitePropertySource(db: Database.Database, workspaceId: string, data: () => IndexData): PropertySource {
  return {
    async load(timeline: Timeline, key: string, live: (slot: number) => boolean) {
      const aligner = new PropertyAligner(data(), timeline, live);
      let rows = 0;
      const statement = db.prepare(PROPERTY).raw(true);
      for (const row of statement.iterate(sqliteJsonPath(key), workspaceId, timeline.name) as Iterable<[number, number, string | null]>) {
        aligner.row(row[0], Number(row[1]), parseJson(row[2]));
        if (++rows % ROWS_PER_BREATH === 0) await breathe();
      }
      return aligner.finish();
    },
  };
}
