import { prisma } from '@/lib/db/client';
import { countPool } from './count/count-pool';
import { startIndexes } from './registry';

/**
 * Builds every workspace's index in the background when the server starts (instrumentation.ts),
 * oldest workspace first, so the first previews after a restart are already fast; SQL answers
 * until each is ready. The counting threads start too (and say so in the log), so the first
 * preview does not wait for them. AUDIENCE_INDEX_AT_START=0 leaves both to the first preview.
 */
export function startIndexesAtBoot(): void {
  if (process.env.AUDIENCE_INDEX_AT_START === '0') return;
  void (async () => {
    const workspaces = await prisma.workspace.findMany({ select: { id: true }, orderBy: { createdAt: 'asc' } });
    await startIndexes(workspaces.map((w) => w.id));
    await countPool();
  })().catch((error) => console.error('[audience-index] starting the indexes failed', error));
}
