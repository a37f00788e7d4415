// Starts the production server (scripts/serve.mjs) for end-to-end tests on a freshly reset local database.
// Usage: node scripts/e2e-server.mjs <sqlite|postgres> <port>
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { migrate } from './migrate.mjs';
import { e2eDatabaseUrl } from './e2e-env.mjs';

const [dialect, port] = process.argv.slice(2);
const url = e2eDatabaseUrl(dialect);

if (dialect === 'sqlite') {
  for (const suffix of ['', '-wal', '-shm']) rmSync(url.slice(5) + suffix, { force: true });
} else {
  const target = new URL(url);
  if (!['localhost', '127.0.0.1', '::1'].includes(target.hostname)) throw new Error('e2e refuses a non-local database');
  const dbName = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${dbName.replace(/[^a-z0-9_]/g, '')}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${dbName.replace(/[^a-z0-9_]/g, '')}"`);
  await client.end();
}
await migrate(url);

// The production server of `npm start`, so the tests also cover its lean evaluation lane.
const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', port], {
  stdio: 'inherit',
  env: {
    // A low evaluation rate limit, so e2e/api/evaluate-browser.spec.ts can reach it (20/s, bursts of 40).
    EVALUATE_RATE_LIMIT: '20', EVALUATE_RATE_BURST: '40',
    ...process.env, DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET || 'e2e-secret-not-for-production', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
