import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { migrate } from '../../scripts/migrate.mjs';

// The benchmark's database: a private copy of the 1,000,000-profile database the preview
// benchmarks use (the source is only read), migrated, with a benchmark user made a member
// of its workspace. Without one, a demo-sized database is seeded instead (and said so).
const root = join(import.meta.dirname, '../..');
export const DEFAULT_SOURCES = ['data/bench-preview-e.db', 'data/bench-sql-f.db', 'data/seed-bench.db'];
const COPY = 'data/bench-editor.db';
const DEMO = 'data/bench-editor-demo.db';

interface BenchData {
  databaseUrl: string;
  label: string;
  profiles: number;
  email: string;
  password: string;
}

function run(args: string[], databaseUrl: string) {
  return promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function busiest(file: string): { workspaceId: string; profiles: number } {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT "workspaceId" AS w, COUNT(*) AS n FROM "Profile" GROUP BY "workspaceId" ORDER BY n DESC LIMIT 1').get() as { w: string; n: number } | undefined;
    if (!row) throw new Error(`${file} holds no profiles`);
    return { workspaceId: row.w, profiles: row.n };
  } finally {
    db.close();
  }
}

export async function prepareData(sources: string[]): Promise<BenchData> {
  const source = sources.find((f) => existsSync(f));
  let file: string;
  let label: string;
  if (source) {
    file = COPY;
    if (!existsSync(COPY) || statSync(COPY).mtimeMs < statSync(source).mtimeMs) {
      console.log(`Copying ${source} to ${COPY} (read-only source; this takes a minute for 1M profiles)…`);
      copyFileSync(source, COPY);
    }
    label = `copy of ${source}`;
  } else {
    file = DEMO;
    label = 'demo data (20,000 profiles): no 1M database found';
    if (!existsSync(DEMO)) {
      console.log(`No 1M database among ${sources.join(', ')}: seeding ${DEMO} with demo data…`);
      await migrate(`file:${DEMO}`);
      await run(['scripts/seed.ts', '--profiles', '20000', '--quiet'], `file:${DEMO}`);
    }
  }
  const databaseUrl = `file:${file}`;
  await migrate(databaseUrl);
  const { workspaceId, profiles } = busiest(file);
  // An account from the project's CLI, then its membership moved to the big workspace, so the
  // dashboard opens that workspace (a user's first membership is the default).
  const email = `bench-editor-${Date.now()}@bench.invalid`;
  const password = 'bench-editor-password';
  await run(['scripts/cli.ts', 'create-account', '--email', email, '--password', password, '--workspace', 'Editor bench (empty)'], databaseUrl);
  const db = new Database(file);
  try {
    const user = db.prepare('SELECT id FROM "User" WHERE email = ?').get(email) as { id: string };
    db.prepare('UPDATE "Membership" SET "workspaceId" = ? WHERE "userId" = ?').run(workspaceId, user.id);
  } finally {
    db.close();
  }
  return { databaseUrl, label, profiles, email, password };
}
