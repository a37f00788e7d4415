// Applies prisma/migrations/<dialect>/*.sql in order, once each, recording them in
// "_app_migrations". Prisma's own `migrate deploy` needs a schema engine that cannot be
// downloaded here, and these scripts come from `prisma migrate diff` (see docs/DATABASE.md).
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function dialectOf(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)');
}

function migrationFiles(dialect) {
  const dir = join(root, 'prisma/migrations', dialect);
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

async function migrateSqlite(url) {
  const { default: Database } = await import('better-sqlite3');
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" INTEGER NOT NULL)');
    const done = new Set(db.prepare('SELECT name FROM "_app_migrations"').pluck().all());
    const applied = [];
    for (const m of migrationFiles('sqlite')) {
      if (done.has(m.name)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO "_app_migrations" VALUES (?, ?)').run(m.name, Date.now());
      })();
      applied.push(m.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time when several app instances start together.
    await client.query('SELECT pg_advisory_lock(4242)');
    await client.query('CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" BIGINT NOT NULL)');
    const { rows } = await client.query('SELECT name FROM "_app_migrations"');
    const done = new Set(rows.map((r) => r.name));
    const applied = [];
    for (const m of migrationFiles('postgres')) {
      if (done.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_app_migrations" VALUES ($1, $2)', [m.name, Date.now()]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(4242)').catch(() => {});
    await client.end();
  }
}

export async function migrate(url) {
  return dialectOf(url) === 'postgres' ? migratePostgres(url) : migrateSqlite(url);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = process.env.DATABASE_URL?.trim() || 'file:./data/studio.db';
  const applied = await migrate(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
}
