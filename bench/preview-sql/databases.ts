import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import pg from 'pg';
import type { RawDb } from '@/lib/db/raw';

// The 1M-profile / 20M-event databases: helper E's (data/bench-preview-e.db, studio_bench_e)
// when they exist, read-only, else our own (data/bench-sql-f.db, studio_bench_f; seed them
// with `npm run seed -- --profiles 1000000 --events 20000000 --as-of 2026-11-01T00:00:00Z`).
export const DEFAULT_SQLITE = ['data/bench-preview-e.db', 'data/bench-sql-f.db'];
export const DEFAULT_POSTGRES = ['studio_bench_e', 'studio_bench_f'];

export type BenchDb = { label: string; db: RawDb; workspaceId: string; close(): Promise<void> };

export function openSqlite(files: string[]): BenchDb | undefined {
  const file = files.find((f) => existsSync(f));
  if (!file) return undefined;
  // Read-only: the file belongs to another benchmark; nothing here may change it.
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('cache_size = -1000000'); // up to ~1 GB of page cache for this connection
  const row = sqlite.prepare('SELECT "workspaceId" AS w, COUNT(*) AS n FROM "Profile" GROUP BY "workspaceId" ORDER BY n DESC LIMIT 1').get() as { w: string };
  return { label: file, db: { dialect: 'sqlite', sqlite }, workspaceId: row.w, close: async () => { sqlite.close(); } };
}

export async function openPostgres(names: string[], base = 'postgresql://studio:studio@localhost:5432/'): Promise<BenchDb | undefined> {
  for (const name of names) {
    const pool = new pg.Pool({ connectionString: base + name, max: 2 });
    try {
      const { rows } = await pool.query('SELECT "workspaceId" AS w, COUNT(*) AS n FROM "Profile" GROUP BY "workspaceId" ORDER BY n DESC LIMIT 1');
      if (rows.length === 0) throw new Error('empty');
      // Every statement of the benchmark only reads; make the session refuse anything else.
      pool.on('connect', (client) => void client.query('SET default_transaction_read_only = on'));
      return { label: name, db: { dialect: 'postgres', pool }, workspaceId: rows[0].w, close: () => pool.end() };
    } catch {
      await pool.end();
    }
  }
  return undefined;
}
