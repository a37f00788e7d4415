import { prisma } from '@/lib/db/client';

export const eventSelect = { id: true, name: true, timestamp: true, properties: true, context: true, messageId: true, receivedAt: true } as const;

/**
 * One page of a profile's timeline, newest first. Ties on timestamp are broken by id so
 * the cursor (the last event id of the previous page) never skips or repeats an event.
 */
export async function listProfileEvents(workspaceId: string, profileId: number, page: { cursor?: number; limit: number }) {
  const rows = await prisma.event.findMany({
    where: { workspaceId, profileId },
    select: eventSelect,
    orderBy: [{ timestamp: 'desc' }, { id: 'desc' }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
  });
  const events = rows.slice(0, page.limit);
  return { events, nextCursor: rows.length > page.limit ? events[events.length - 1].id : null };
}

export type TimelineEvent = Awaited<ReturnType<typeof listProfileEvents>>['events'][number];
