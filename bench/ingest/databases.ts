import Database from 'better-sqlite3';
import pg from 'pg';
import { resetDatabase } from '@/test/reset-database';

// The databases the ingest benchmark writes to: recreated empty and migrated before each
// use. Local only (resetDatabase refuses anything else). Override with BENCH_SQLITE_URL /
// BENCH_PG_URL, e.g. to run next to someone else's benchmark.
export type BenchDialect = 'sqlite' | 'postgres';

/** `variant` (a label) gives each build of an A/B run a database of its own. */
export function benchDatabaseUrl(dialect: BenchDialect, variant?: string): string {
  const url = dialect === 'sqlite'
    ? process.env.BENCH_SQLITE_URL || 'file:./data/bench-ingest.db'
    : process.env.BENCH_PG_URL || 'postgresql://studio:studio@localhost:5432/studio_bench';
  if (!variant || variant === 'current') return url;
  return dialect === 'sqlite' ? url.replace(/\.db$/, `-${variant}.db`) : url.replace(/(\/[^/?]+)(\?|$)/, `$1_${variant}$2`);
}

export function execSqlite(url: string, sql: string): void {
  const db = new Database(url.slice(5));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

export async function freshDatabase(url: string): Promise<void> {
  await resetDatabase(url);
}

/** Events stored for the workspace, read straight from the database (not through the app). */
export async function countEvents(url: string, workspaceId: string): Promise<number> {
  if (url.startsWith('file:')) {
    const db = new Database(url.slice(5), { readonly: true });
    try {
      return Number(db.prepare('SELECT COUNT(*) FROM "Event" WHERE "workspaceId" = ?').pluck().get(workspaceId));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM "Event" WHERE "workspaceId" = $1', [workspaceId]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/** Why PostgreSQL cannot be used, or null when it can. */
export async function postgresUnavailable(url: string): Promise<string | null> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
