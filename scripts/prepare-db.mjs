// Gets a database ready for the app: (1) applies migrations, (2) seeds the demo workspace
// ("Demo Store", login demo@audience.studio / demo-password) if it is not there yet, and
// (3) makes sure AUTH_SECRET exists, generating one once into .auth-secret (gitignored).
// Used by `npm start` and `npm run dev` (scripts/start.mjs); runnable alone.
//
// Demo data is seeded only into the zero-set-up database (DATABASE_URL unset), or wherever
// DEMO_DATA=1 asks for it; DEMO_DATA=0 never seeds. A known demo password does not belong in
// a production database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dialectOf, migrate } from './migrate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATABASE_URL = 'file:./data/studio.db';
export const DEMO_LOGIN = { email: 'demo@audience.studio', password: 'demo-password', workspace: 'Demo Store' };

export function databaseUrl() {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function wantsDemo() {
  const flag = process.env.DEMO_DATA?.trim();
  if (flag) return !['0', 'false', 'no', 'off'].includes(flag.toLowerCase());
  return !process.env.DATABASE_URL?.trim();
}

const DEMO_QUERY = `SELECT COUNT(*) AS n FROM "Profile" p
  JOIN "Membership" m ON m."workspaceId" = p."workspaceId" AND m.role = 'owner'
  JOIN "User" u ON u.id = m."userId"
  JOIN "Workspace" w ON w.id = p."workspaceId"
  WHERE u.email = $1 AND w.name = $2`;

/** Profiles in the demo user's "Demo Store" (0: not seeded yet). */
export async function demoProfileCount(url) {
  if (dialectOf(url) === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(url.replace(/^file:/, '').replace(/\?.*$/, ''), { readonly: true });
    try {
      return Number(db.prepare(DEMO_QUERY.replace('$1', '?').replace('$2', '?')).pluck().get(DEMO_LOGIN.email, DEMO_LOGIN.workspace));
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(DEMO_QUERY, [DEMO_LOGIN.email, DEMO_LOGIN.workspace]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/** Runs scripts/seed.ts in a child process (TypeScript through tsx, `server-only` disabled). */
export function runSeed(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts', ...args], {
      cwd: root, stdio: 'inherit', env,
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding failed (exit code ${code})`))));
  });
}

/** AUTH_SECRET from the environment, else from .auth-secret, else a new one saved there. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET?.trim()) return { secret: process.env.AUTH_SECRET, source: 'environment' };
  const file = join(root, '.auth-secret');
  let source = 'file';
  if (!existsSync(file) || !readFileSync(file, 'utf8').trim()) {
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
    source = 'generated';
  }
  process.env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
  return { secret: process.env.AUTH_SECRET, source };
}

export async function prepareDb({ log = console.log } = {}) {
  const url = databaseUrl();
  const applied = await migrate(url);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  let demo = false;
  if (wantsDemo()) {
    if ((await demoProfileCount(url)) === 0) {
      const profiles = Number(process.env.DEMO_PROFILES || 20_000);
      log(`Seeding the demo workspace "${DEMO_LOGIN.workspace}" (${profiles.toLocaleString('en-US')} profiles, about 20 events each)…`);
      await runSeed(['--demo', '--profiles', String(profiles), '--events', String(profiles * 20), '--seed', '1']);
    }
    demo = true;
  }
  const auth = ensureAuthSecret();
  if (auth.source === 'generated') log('Generated AUTH_SECRET and saved it in .auth-secret (keep it private).');
  return { url, demo };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.chdir(root);
  prepareDb().catch((error) => {
    console.error(`prepare-db: ${error.message}`);
    process.exit(1);
  });
}
