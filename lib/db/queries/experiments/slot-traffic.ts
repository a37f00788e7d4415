import { prisma } from '@/lib/db/client';

const DAYS = 7;

/** Exposures per day over the last week in each slot that had any (the form's traffic estimate). */
export async function slotDailyTraffic(workspaceId: string, now = Date.now()): Promise<Record<string, number>> {
  const since = new Date(now - DAYS * 86_400_000);
  const rows = await prisma.experiment.findMany({
    where: { workspaceId, exposures: { some: { exposedAt: { gte: since } } } },
    select: { slotId: true, _count: { select: { exposures: { where: { exposedAt: { gte: since } } } } } },
  });
  const out: Record<string, number> = {};
  for (const r of rows) out[r.slotId] = (out[r.slotId] ?? 0) + r._count.exposures / DAYS;
  return out;
}
