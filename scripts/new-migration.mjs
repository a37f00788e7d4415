// Usage: npm run db:new-migration -- <name>
// Writes the next migration for both providers by diffing the schema at the last migration
// (a snapshot kept beside the scripts) against the current one. `prisma migrate diff` needs
// no database; `migrate dev` would need a schema engine binary that cannot be downloaded.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_');
if (!name) throw new Error('usage: npm run db:new-migration -- <name>');
await import('./gen-postgres-schema.mjs');

const prisma = join(root, 'node_modules/.bin/prisma');
const targets = { sqlite: 'prisma/schema.prisma', postgres: 'prisma/postgres/schema.prisma' };

// Prisma 6.19 writes JSON column defaults unquoted for SQLite (`DEFAULT {}`).
const fixSqlite = (sql) => sql.replace(/DEFAULT (\{\}|\[\])/g, "DEFAULT '$1'");

for (const [dialect, schema] of Object.entries(targets)) {
  const dir = join(root, 'prisma/migrations', dialect);
  mkdirSync(dir, { recursive: true });
  const snapshot = join(dir, 'schema.snapshot.prisma');
  const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
  let sql = execFileSync(prisma, ['migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (dialect === 'sqlite') sql = fixSqlite(sql);
  if (!/\S/.test(sql.replace(/^--.*$/gm, ''))) { console.log(`${dialect}: no changes`); continue; }
  const next = String(readdirSync(dir).filter((f) => f.endsWith('.sql')).length + 1).padStart(4, '0');
  writeFileSync(join(dir, `${next}_${name}.sql`), sql);
  // Our runner wraps each migration in a transaction, where PRAGMA foreign_keys=OFF is a no-op:
  // a rebuilt table's DROP would cascade into its child rows. Write ALTERs by hand instead.
  if (dialect === 'sqlite' && sql.includes('RedefineTables')) {
    console.warn(`sqlite: ${next}_${name}.sql rebuilds a table; DROP TABLE cascades inside the runner's transaction. Rewrite it as ALTER TABLE statements.`);
  }
  copyFileSync(join(root, schema), snapshot);
  console.log(`${dialect}: wrote ${next}_${name}.sql`);
}
