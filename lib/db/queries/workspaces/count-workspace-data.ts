import { prisma } from '@/lib/db/client';

/** The Data page's ingest summary. Counts use the (workspaceId, …) indexes. */
export async function countWorkspaceData(workspaceId: string, now = new Date()) {
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const [profiles, events, eventsLast24h] = await Promise.all([
    prisma.profile.count({ where: { workspaceId } }),
    prisma.event.count({ where: { workspaceId } }),
    prisma.event.count({ where: { workspaceId, receivedAt: { gte: since } } }),
  ]);
  return { profiles, events, eventsLast24h };
}
