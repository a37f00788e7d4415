// Helpers for `*.db.test.ts`: skip with the reason when this project's database is absent,
// and create an isolated workspace per test so files can run in parallel.
import { describe, inject } from 'vitest';

export const dbAvailable = inject('dbAvailable');

/** describe() that reports itself skipped, with the reason, when the database is absent. */
export function describeDb(name: string, fn: () => void) {
  const reason = inject('dbSkipReason');
  return describe.skipIf(!dbAvailable)(reason ? `${name} (skipped: ${reason})` : name, fn);
}

export async function createTestWorkspace(name = 'Test workspace') {
  const { prisma } = await import('@/lib/db/client');
  return prisma.workspace.create({ data: { name: `${name} ${Math.random().toString(36).slice(2, 8)}` } });
}
