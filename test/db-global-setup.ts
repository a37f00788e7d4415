// Gives each database test project a fresh, migrated database. PostgreSQL may be absent on
// a developer's machine: its tests then skip with the reason printed here. In CI (CI=true)
// an unreachable PostgreSQL fails the run instead.
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { resetDatabase } from './reset-database';

export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL as string;
  try {
    await resetDatabase(url);
    project.provide('dbAvailable', true);
    project.provide('dbSkipReason', '');
  } catch (error) {
    const reason = `database ${url.replace(/\/\/[^@]*@/, '//…@')} unreachable: ${(error as Error).message}`;
    if (process.env.CI) throw new Error(`${reason} (CI requires every database)`);
    console.warn(`\n[${project.name}] SKIPPING database tests — ${reason}\n`);
    project.provide('dbAvailable', false);
    project.provide('dbSkipReason', reason);
  }
  return () => {
    if (url.startsWith('file:')) rmSync(url.slice(5), { force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbAvailable: boolean;
    dbSkipReason: string;
  }
}
