import { prisma } from '@/lib/db/client';

/** Deletes one variant of a slot; whether there was one. */
export async function deleteVariant(workspaceId: string, slotId: string, variantId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.variant.deleteMany({ where: { id: variantId, slotId, workspaceId } });
    // The slot's updatedAt is part of the evaluation cache's version stamp.
    if (count > 0) await tx.slot.update({ where: { id: slotId }, data: { updatedAt: new Date() } });
    return count > 0;
  });
}
