import { prisma } from '@/lib/db/client';

/** A segment of the given tree's latest published version (Segment rows mirror it), or null. */
export async function findTreeSegment(workspaceId: string, treeId: string, key: string) {
  return prisma.segment.findFirst({ where: { workspaceId, treeId, key }, select: { key: true, name: true } });
}
