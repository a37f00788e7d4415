// postinstall: generate both Prisma clients so one build serves SQLite or PostgreSQL,
// picked by DATABASE_URL at start.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await import('./gen-postgres-schema.mjs');
const prisma = join(root, 'node_modules/.bin/prisma');
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  execFileSync(prisma, ['generate', '--no-hints', '--schema', schema], { cwd: root, stdio: 'inherit' });
}
