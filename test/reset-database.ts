// Drops and recreates a local test database, then applies the migrations. Refuses anything
// but a local database so a test run can never touch real data.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { migrate } from '../scripts/migrate.mjs';

export function assertLocal(url: string) {
  if (url.startsWith('file:')) return;
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', ''].includes(host)) throw new Error(`refusing to reset non-local database host ${host}`);
}

export async function resetDatabase(url: string): Promise<void> {
  assertLocal(url);
  if (url.startsWith('file:')) {
    const file = url.slice(5);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  } else {
    const target = new URL(url);
    const dbName = target.pathname.slice(1);
    if (!/^[a-z0-9_]+$/.test(dbName)) throw new Error(`unexpected test database name ${dbName}`);
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${dbName}"`);
    } finally {
      await client.end();
    }
  }
  await migrate(url);
}
