import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Three projects: pure unit tests, and the database tests (`*.db.test.ts`) run once on
// SQLite and once on PostgreSQL against real servers (see test/db-global-setup.ts).
const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  // `server-only` throws outside React Server Components; tests run server code directly.
  'server-only': fileURLToPath(new URL('./test/empty-module.ts', import.meta.url)),
};

// TEST_DB_SUFFIX lets two test runs on one machine use separate databases.
const suffix = (process.env.TEST_DB_SUFFIX ?? '').replace(/[^a-z0-9_]/gi, '');
export const TEST_SQLITE_URL = `file:./data/test-vitest${suffix}.db`;
export const TEST_PG_URL = process.env.TEST_DATABASE_URL_PG ?? `postgresql://studio:studio@localhost:5432/studio_test${suffix}`;

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.db.test.ts', '**/node_modules/**'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'db-sqlite',
          include: ['lib/**/*.db.test.ts'],
          env: { DATABASE_URL: TEST_SQLITE_URL },
          globalSetup: ['test/db-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'db-postgres',
          include: ['lib/**/*.db.test.ts'],
          env: { DATABASE_URL: TEST_PG_URL },
          globalSetup: ['test/db-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
