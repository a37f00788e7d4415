// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (the source of truth), so
// the two providers can never drift. Run by `npm run db:schema` and before every generate.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'prisma/schema.prisma'), 'utf8');

export function toPostgres(schema) {
  const out = schema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/studio"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output     = "../../lib/generated/postgres"')
    // A line ending in `// postgres: <line>` is that other line on PostgreSQL (indexes that
    // differ by database; see docs/DATABASE.md).
    .replace(/^(\s*)\S.*?\s*\/\/ postgres: (.+)$/gm, '$1$2')
    // Millisecond precision matches SQLite's integer-millisecond storage.
    .replace(/^(\s+\w+\s+DateTime\??)(.*)$/gm, (line, head, rest) =>
      rest.includes('@db.') ? line : `${head}${rest} @db.Timestamptz(3)`.replace(/\s+$/, ''));
  if (out.includes('"sqlite"') || !out.includes('lib/generated/postgres')) {
    throw new Error('gen-postgres-schema: source schema no longer matches the expected shape');
  }
  return '// GENERATED from prisma/schema.prisma by scripts/gen-postgres-schema.mjs — do not edit.\n' + out;
}

const target = join(root, 'prisma/postgres/schema.prisma');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, toPostgres(source));
