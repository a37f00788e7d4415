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
  sqlite.pragma('busy_timeout = 10000');
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
