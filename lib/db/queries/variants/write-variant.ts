import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import type { VariantContent } from '@/lib/content';
import { lockWorkspace, type Tx } from '@/lib/db/queries/members/assert-another-owner';
import { type VariantRecord, toVariant, variantSelect } from '@/lib/db/queries/slots/slot-shape';

export type VariantInput = { name: string; segmentKey: string | null; content: VariantContent };

/**
 * Creates a variant, or changes one (`variantId`), keeping one variant per segment (and one
 * default) per slot. There is no unique index for it (segmentKey is nullable), so writes in
 * a workspace are serialised with the workspace row lock and the check runs inside.
 * Returns null when the slot (or the variant) is not in the workspace.
 */
export async function writeVariant(
  workspaceId: string,
  slotId: string,
  input: Partial<VariantInput>,
  variantId?: string,
): Promise<VariantRecord | null> {
  return prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const slot = await tx.slot.findFirst({ where: { id: slotId, workspaceId }, select: { id: true } });
    if (!slot) return null;
    if (variantId && !(await tx.variant.findFirst({ where: { id: variantId, slotId, workspaceId }, select: { id: true } }))) return null;
    if (input.segmentKey !== undefined) await assertSegmentFree(tx, slotId, input.segmentKey, variantId);
    const row = variantId
      ? await tx.variant.update({ where: { id: variantId }, data: input, select: variantSelect })
      : await tx.variant.create({ data: { workspaceId, slotId, ...(input as VariantInput) }, select: variantSelect });
    // The slot's updatedAt is part of the evaluation cache's version stamp.
    await tx.slot.update({ where: { id: slotId }, data: { updatedAt: new Date() } });
    return toVariant(row);
  });
}

async function assertSegmentFree(tx: Tx, slotId: string, segmentKey: string | null, exceptId?: string) {
  const taken = await tx.variant.findFirst({
    where: { slotId, segmentKey, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { name: true },
  });
  if (!taken) return;
  const what = segmentKey === null ? 'a default variant' : `a variant for segment '${segmentKey}'`;
  throw new ApiError('conflict', `This slot already has ${what} ('${taken.name}'). Edit that one, or delete it first.`);
}
