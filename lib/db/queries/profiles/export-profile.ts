import { prisma } from '@/lib/db/client';
import { eventSelect } from './list-profile-events';

const BATCH = 1000;

/**
 * Every event of a profile, oldest first, in batches: an export of a heavy user streams
 * instead of holding hundreds of thousands of rows in memory at once.
 */
export async function* exportProfileEvents(workspaceId: string, profileId: number) {
  let cursor: number | undefined;
  for (;;) {
    const rows = await prisma.event.findMany({
      where: { workspaceId, profileId },
      select: eventSelect,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < BATCH) return;
    cursor = rows[rows.length - 1].id;
  }
}
