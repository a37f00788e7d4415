import { prisma } from '@/lib/db/client';
import { type SlotSummary, type VariantRecord, slotSelect, toSlotSummary, toVariant, variantSelect } from './slot-shape';

export type SlotDetail = SlotSummary & { variants: VariantRecord[] };

/** One slot with its variants (default first, then by segment key), or null — also for another workspace's id. */
export async function findSlot(workspaceId: string, slotId: string): Promise<SlotDetail | null> {
  const row = await prisma.slot.findFirst({
    where: { id: slotId, workspaceId },
    select: { ...slotSelect, variants: { select: variantSelect, orderBy: [{ segmentKey: 'asc' }, { createdAt: 'asc' }] } },
  });
  if (!row) return null;
  const { variants, ...slot } = row;
  const list = variants.map(toVariant);
  // NULL sorts first on SQLite and last on PostgreSQL: put the default first on both.
  list.sort((a, b) => Number(a.segmentKey !== null) - Number(b.segmentKey !== null));
  return { ...toSlotSummary(slot), variants: list };
}
