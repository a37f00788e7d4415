import { prisma } from '@/lib/db/client';
import { type SlotSummary, slotSelect, toSlotSummary } from './slot-shape';

/** A new slot; a key the workspace already has is a P2002 (409). */
export async function createSlot(workspaceId: string, input: { key: string; name: string; treeId: string | null }): Promise<SlotSummary> {
  return toSlotSummary(await prisma.slot.create({ data: { workspaceId, ...input }, select: slotSelect }));
}
