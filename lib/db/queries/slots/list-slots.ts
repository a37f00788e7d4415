import { prisma } from '@/lib/db/client';
import { type SlotSummary, slotSelect, toSlotSummary } from './slot-shape';

/** Every slot of the workspace, by key. */
export async function listSlots(workspaceId: string): Promise<SlotSummary[]> {
  const rows = await prisma.slot.findMany({ where: { workspaceId }, select: slotSelect, orderBy: { key: 'asc' } });
  return rows.map(toSlotSummary);
}
