// Prisma CLI configuration: the JS engine (WebAssembly) so nothing is downloaded.
// Migrations are applied by scripts/prepare-db.mjs; the CLI only generates clients and
// diffs schemas, neither of which needs a database connection.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const { PrismaBetterSQLite3 } = await import('@prisma/adapter-better-sqlite3');
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? 'file:./data/studio.db' });
  },
});
