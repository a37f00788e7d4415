import type Database from 'better-sqlite3';
import type { BulkEventRow, BulkLoader, BulkLoaderOptions, BulkProfileRow } from './types';

// SQLite: prepared multi-row INSERTs on the loader's own connection. better-sqlite3 is
// synchronous, so the cost is per statement call; binding 64 rows per call cuts it roughly
// tenfold against one row per call.
//
// On a fresh database (no profiles or events at all) the whole load is ONE transaction
// that holds SQLite's write lock from start to end, which makes two shortcuts safe:
// - Event's secondary indexes are dropped inside it and rebuilt just before the commit.
//   Their keys (workspace, name, time) arrive in random order, and maintaining them row by
//   row made the load 4× slower than one sorted CREATE INDEX each at the end. No other
//   writer can slip a duplicate messageId in meanwhile, and the rebuilt unique index checks
//   the loaded rows;
// - the rollback journal instead of WAL, when no other connection has the file open: a
//   multi-gigabyte transaction in WAL mode is written twice (WAL, then checkpoint) and every
//   page read probes a wal-index that grows with it; with a rollback journal on an empty
//   file the pages go straight into the database and the journal stays tiny. Back to WAL at
//   the end (the switch fails harmlessly, and WAL stays, while anyone else is connected);
// - synchronous=OFF for this connection: no fsync until the end. An OS crash during the
//   load could damage the file, which then holds nothing but the half-done seed to re-run;
// - foreign_keys=OFF for this connection, with PRAGMA foreign_key_check over both tables
//   before the commit: one pass instead of two lookups per inserted row.
// A killed or failed load rolls back completely, indexes included; other connections read
// the empty database until the commit, and writers wait (busy_timeout) meanwhile.
// Otherwise rows are committed every ROWS_PER_TRANSACTION with every index in place and
// the app's synchronous=NORMAL: slower, but nothing shared is touched.
const ROWS_PER_STATEMENT = 64;
const ROWS_PER_TRANSACTION = 250_000;
/** Load-only page cache (this connection): index pages stay in memory. */
const CACHE_KIB = 512 * 1024;

const PROFILE_COLUMNS = '"workspaceId","externalId","traits","consent","context","scores","firstSeenAt","lastSeenAt","createdAt","updatedAt"';
const EVENT_COLUMNS = '"workspaceId","profileId","name","timestamp","properties","context","messageId","receivedAt"';

function insertSql(table: string, columns: string, rows: number): string {
  const width = columns.split(',').length;
  const tuple = `(${Array(width).fill('?').join(',')})`;
  return `INSERT INTO "${table}" (${columns}) VALUES ${Array(rows).fill(tuple).join(',')}`;
}

export class SqliteBulkLoader implements BulkLoader {
  readonly dialect = 'sqlite' as const;
  readonly fresh: boolean;
  private pending = 0;
  private droppedIndexes: string[] = [];
  private readonly previous: { synchronous: number; cacheSize: number; journalMode: string; foreignKeys: number };
  private readonly profileMany: Database.Statement;
  private readonly profileOne: Database.Statement;
  private readonly eventMany: Database.Statement;
  private readonly eventOne: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    options: BulkLoaderOptions = {},
  ) {
    this.previous = {
      synchronous: db.pragma('synchronous', { simple: true }) as number,
      cacheSize: db.pragma('cache_size', { simple: true }) as number,
      journalMode: db.pragma('journal_mode', { simple: true }) as string,
      foreignKeys: db.pragma('foreign_keys', { simple: true }) as number,
    };
    db.pragma(`cache_size = -${CACHE_KIB}`);
    const isEmpty = () =>
      options.freshShortcuts !== false && !db.prepare('SELECT EXISTS (SELECT 1 FROM "Profile") OR EXISTS (SELECT 1 FROM "Event")').pluck().get();
    // These pragmas cannot change inside a transaction: set them when the database looks
    // empty, then confirm under the write lock and undo them if someone was quicker.
    const loadMode = isEmpty();
    if (loadMode) this.enterLoadMode();
    db.exec('BEGIN IMMEDIATE');
    this.fresh = loadMode && isEmpty();
    if (loadMode && !this.fresh) {
      db.exec('ROLLBACK');
      this.restoreModes();
      db.exec('BEGIN IMMEDIATE');
    }
    if (this.fresh) {
      const indexes = db
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Event' AND sql IS NOT NULL`)
        .all() as { name: string; sql: string }[];
      for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
      this.droppedIndexes = indexes.map((index) => index.sql);
    }
    this.profileMany = db.prepare(insertSql('Profile', PROFILE_COLUMNS, ROWS_PER_STATEMENT) + ' RETURNING "externalId", "id"').raw();
    this.profileOne = db.prepare(insertSql('Profile', PROFILE_COLUMNS, 1));
    this.eventMany = db.prepare(insertSql('Event', EVENT_COLUMNS, ROWS_PER_STATEMENT));
    this.eventOne = db.prepare(insertSql('Event', EVENT_COLUMNS, 1));
  }

  private enterLoadMode() {
    const { db } = this;
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    const timeout = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0'); // fail at once rather than wait for others to let go
    try {
      db.pragma('journal_mode = DELETE');
    } catch {
      // another connection holds the file open: stay in WAL mode
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  private restoreModes() {
    const { db, previous } = this;
    try {
      if (db.pragma('journal_mode', { simple: true }) !== previous.journalMode) db.pragma(`journal_mode = ${previous.journalMode}`);
    } catch {
      // someone connected meanwhile; the app's next connection (lib/db/raw.ts) sets WAL again
    }
    db.pragma(`synchronous = ${previous.synchronous}`);
    db.pragma(`foreign_keys = ${previous.foreignKeys}`);
    db.pragma(`cache_size = ${previous.cacheSize}`);
    db.pragma('threads = 0');
  }

  private wrote(rows: number) {
    this.pending += rows;
    if (!this.fresh && this.pending >= ROWS_PER_TRANSACTION) {
      this.db.exec('COMMIT');
      this.db.exec('BEGIN IMMEDIATE');
      this.pending = 0;
    }
  }

  async insertProfiles(workspaceId: string, rows: BulkProfileRow[]): Promise<number[]> {
    const ids: number[] = [];
    const params: unknown[] = [];
    const push = (r: BulkProfileRow) =>
      params.push(workspaceId, r.externalId, r.traits, r.consent, r.context, '{}', r.firstSeenAt, r.lastSeenAt, r.createdAt, r.updatedAt);
    let i = 0;
    for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
      params.length = 0;
      for (let j = i; j < i + ROWS_PER_STATEMENT; j++) push(rows[j]);
      // SQLite does not promise RETURNING rows in VALUES order, so match them by externalId.
      const returned = new Map(this.profileMany.all(params) as [string, number][]);
      for (let j = i; j < i + ROWS_PER_STATEMENT; j++) ids.push(returned.get(rows[j].externalId)!);
    }
    for (; i < rows.length; i++) {
      params.length = 0;
      push(rows[i]);
      ids.push(Number(this.profileOne.run(params).lastInsertRowid));
    }
    this.wrote(rows.length);
    return ids;
  }

  async insertEvents(workspaceId: string, rows: BulkEventRow[]): Promise<void> {
    const params: unknown[] = [];
    const push = (r: BulkEventRow) =>
      params.push(workspaceId, r.profileId, r.name, r.timestamp, r.properties, r.context, r.messageId, r.receivedAt);
    let i = 0;
    for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
      params.length = 0;
      for (let j = i; j < i + ROWS_PER_STATEMENT; j++) push(rows[j]);
      this.eventMany.run(params);
    }
    for (; i < rows.length; i++) {
      params.length = 0;
      push(rows[i]);
      this.eventOne.run(params);
    }
    this.wrote(rows.length);
  }

  async finish(): Promise<void> {
    const { db } = this;
    try {
      if (this.fresh) {
        for (const table of ['Profile', 'Event']) {
          const broken = db.prepare(`PRAGMA foreign_key_check("${table}")`).all();
          if (broken.length) throw new Error(`bulk load: ${broken.length} ${table} rows refer to missing rows`);
        }
        // Two sorter threads roughly halve the index builds on a 2-core machine.
        db.pragma('threads = 2');
        for (const sql of this.droppedIndexes) db.exec(sql);
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      this.restoreModes();
      throw error;
    }
    this.restoreModes();
    // Statistics for the query planner; a sample is enough and keeps this to a second.
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE "Profile"; ANALYZE "Event"');
  }

  async close(): Promise<void> {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.restoreModes();
  }
}
