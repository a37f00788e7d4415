import { prisma } from '@/lib/db/client';
import { openRawDb } from '@/lib/db/raw';
import { dialectOf } from '@/lib/db/url';
import { generateDemoBatches, type DemoOptions } from '@/lib/demo';
import { createBulkLoader } from './create-bulk-loader';
import { loadDemoData, type LoadProgress } from './load-demo-data';
import type { BulkLoaderOptions } from './types';

// Generates demo data and bulk-loads it into one workspace. External ids and messageIds
// repeat between runs with the same options, so a workspace is seeded once: one that already
// holds profiles is refused rather than half-merged.
export async function seedWorkspace(
  url: string,
  workspaceId: string,
  options: DemoOptions,
  onProgress?: (done: LoadProgress) => void,
  loaderOptions: BulkLoaderOptions = {},
): Promise<LoadProgress & { seconds: number; fresh: boolean }> {
  const existing = await prisma.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
  if (!existing) throw new Error(`workspace ${workspaceId} does not exist`);
  const profiles = await prisma.profile.count({ where: { workspaceId } });
  if (profiles > 0) throw new Error(`workspace ${workspaceId} already holds ${profiles} profiles; seed an empty workspace`);

  // Prisma's SQLite adapter ships its own copy of better-sqlite3 (and so of SQLite). Two
  // copies in one process must not hold the same file open: their POSIX locks do not see
  // each other, and closing one connection silently drops the other's locks (observed here:
  // rows written through Prisma vanished for new connections). So Prisma lets go first; it
  // reconnects on its next query.
  if (dialectOf(url) === 'sqlite') await prisma.$disconnect();
  // A connection of its own: the loader changes session settings for the duration.
  const raw = openRawDb(url);
  const started = performance.now();
  try {
    const loader = await createBulkLoader(raw, loaderOptions);
    const done = await loadDemoData(loader, workspaceId, generateDemoBatches({ batchSize: 100, ...options }), onProgress);
    return { ...done, seconds: (performance.now() - started) / 1000, fresh: loader.fresh };
  } finally {
    if (raw.dialect === 'sqlite') raw.sqlite.close();
    else await raw.pool.end();
  }
}
