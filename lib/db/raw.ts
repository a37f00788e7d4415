import 'server-only';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { databaseUrl, dialectOf, sqliteFilePath } from './url';

// Direct driver handles for the hot paths (bulk ingest, counting) where a prepared
// statement beats a round trip through the ORM. One per process, like the Prisma client.
export type RawDb =
  | { dialect: 'sqlite'; sqlite: Database.Database }
  | { dialect: 'postgres'; pool: pg.Pool };

export function openRawDb(url: string): RawDb {
  if (dialectOf(url) === 'postgres') {
    return { dialect: 'postgres', pool: new pg.Pool({ connectionString: url, max: 10 }) };
  }
  const file = sqliteFilePath(url);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL is durable across application crashes; only an OS crash can lose the
  // last commits. See docs/DATABASE.md.
  sqlite.pragma('synchronous = NORMAL');
  // Short on purpose: this handle's statements are synchronous, so waiting here would block
  // the event loop while a Prisma transaction on the other connection holds the lock and
  // needs that same loop to finish. Writers retry asynchronously instead (withSqliteBusyRetry).
  sqlite.pragma('busy_timeout = 20');
  sqlite.pragma('cache_size = -65536'); // 64 MiB page cache
  sqlite.pragma('foreign_keys = ON');
  return { dialect: 'sqlite', sqlite };
}

const globalForRaw = globalThis as unknown as { rawDb?: RawDb };

export function rawDb(): RawDb {
  globalForRaw.rawDb ??= openRawDb(databaseUrl());
  return globalForRaw.rawDb;
}

export async function closeRawDb(): Promise<void> {
  const db = globalForRaw.rawDb;
  globalForRaw.rawDb = undefined;
  if (!db) return;
  if (db.dialect === 'sqlite') db.sqlite.close();
  else await db.pool.end();
}

const BUSY_RETRY_MS = 10_000;

/**
 * Runs a synchronous better-sqlite3 write, retrying with async back-off while another
 * connection holds the write lock (SQLITE_BUSY), for up to 10 s in all.
 */
export async function withSqliteBusyRetry<T>(write: () => T): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'SQLITE_BUSY' || Date.now() - started > BUSY_RETRY_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** attempt, 100)));
    }
  }
}
