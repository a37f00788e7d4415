import 'server-only';
import { getIndex, whenIndexIdle } from '@/lib/audience-index/registry';
import type { AudienceEngine } from './engine';
import { indexEngine } from './index-engine';
import { sqlEngine } from './sql-engine';

/** How long a count waits for the index to take in changes already announced. */
const CATCH_UP_MS = 1_000;

/**
 * The workspace's ready in-memory index, else SQL. Asking for the index starts its first
 * build in the background (getIndex), so later counts are fast; a count never waits for a
 * build. It does wait, briefly, for changes the index has heard of but not applied yet, so
 * a preview right after an ingest that returned sees that ingest (read-your-writes); under
 * a stream of writes it stops waiting after CATCH_UP_MS and counts what is applied.
 */
export async function pickEngine(workspaceId: string): Promise<AudienceEngine> {
  const index = getIndex(workspaceId);
  if (!index) return sqlEngine;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    whenIndexIdle(workspaceId),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CATCH_UP_MS);
    }),
  ]);
  clearTimeout(timer);
  return indexEngine(index);
}
