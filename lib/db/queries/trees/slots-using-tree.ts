import { prisma } from '@/lib/db/client';

/** Slots of the workspace that serve content by this tree's segments. */
export async function slotsUsingTree(workspaceId: string, treeId: string): Promise<{ key: string; name: string }[]> {
  return prisma.slot.findMany({ where: { workspaceId, treeId }, select: { key: true, name: true }, orderBy: { key: 'asc' } });
}
