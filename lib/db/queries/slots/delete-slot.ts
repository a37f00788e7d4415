import { prisma } from '@/lib/db/client';

/** Deletes a slot with its variants and experiments (cascade); whether there was one. */
export async function deleteSlot(workspaceId: string, slotId: string): Promise<boolean> {
  const { count } = await prisma.slot.deleteMany({ where: { id: slotId, workspaceId } });
  return count > 0;
}
