import { prisma } from '@/lib/db/client';
import { type SlotSummary, slotSelect, toSlotSummary } from './slot-shape';

/** Changes key, name and/or tree; null when the workspace has no such slot. */
export async function updateSlot(
  workspaceId: string,
  slotId: string,
  input: { key?: string; name?: string; treeId?: string | null },
): Promise<SlotSummary | null> {
  const { count } = await prisma.slot.updateMany({ where: { id: slotId, workspaceId }, data: input });
  if (count === 0) return null;
  const row = await prisma.slot.findFirst({ where: { id: slotId, workspaceId }, select: slotSelect });
  return row ? toSlotSummary(row) : null;
}
