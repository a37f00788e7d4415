import { defineConfig, devices } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { e2eDatabaseUrl, e2ePorts } from './scripts/e2e-env.mjs';

// API tests run against the production server (scripts/serve.mjs, as `npm start`) on SQLite and on PostgreSQL; UI tests on SQLite.
// PostgreSQL may be absent on a developer's machine: its project is then left out with the
// reason printed. In CI (CI=true) it is required.
const pgUrl = e2eDatabaseUrl('postgres');
const pgCheck = spawnSync('node', ['scripts/pg-available.mjs', pgUrl], { encoding: 'utf8' });
const withPostgres = pgCheck.status === 0;
if (!withPostgres) {
  const reason = `PostgreSQL unreachable at ${pgUrl.replace(/\/\/[^@]*@/, '//…@')}: ${pgCheck.stderr.trim()}`;
  if (process.env.CI) throw new Error(`${reason} (CI requires it)`);
  console.warn(`[playwright] SKIPPING the api-postgres project — ${reason}`);
}

const chromium = existsSync('/usr/bin/chromium')
  ? {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {}; // a machine with internet may use Playwright's own browser

const url = (port: number) => `http://127.0.0.1:${port}`;
const server = (dialect: 'sqlite' | 'postgres') => ({
  command: `node scripts/e2e-server.mjs ${dialect} ${e2ePorts[dialect]}`,
  url: `${url(e2ePorts[dialect])}/api/health`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  outputDir: process.env.PW_OUTPUT_DIR || 'test-results',
  retries: 0,
  workers: 2,
  // A 2-core CI machine runs two workers, two servers and Chromium at once: sign-up's slow
  // password hash and a first page compile can pass the 5 s default. Still a wait, never a sleep.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', launchOptions: chromium },
  webServer: [server('sqlite'), ...(withPostgres ? [server('postgres')] : [])],
  projects: [
    { name: 'api-sqlite', testDir: 'e2e/api', use: { baseURL: url(e2ePorts.sqlite) } },
    ...(withPostgres ? [{ name: 'api-postgres', testDir: 'e2e/api', use: { baseURL: url(e2ePorts.postgres) } }] : []),
    {
      name: 'ui',
      testDir: 'e2e/ui',
      // Refreshes docs/images; run on purpose with SCREENSHOTS=1, never as part of the suite.
      testIgnore: process.env.SCREENSHOTS ? [] : ['**/*screenshots.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: url(e2ePorts.sqlite), launchOptions: chromium } },
  ],
});
