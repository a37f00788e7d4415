import { prisma } from '@/lib/db/client';

/** Whether `treeId` is a tree of the workspace with at least one published version. */
export async function publishedTreeExists(workspaceId: string, treeId: string): Promise<boolean> {
  const tree = await prisma.tree.findFirst({ where: { id: treeId, workspaceId, publishedVersion: { not: null } }, select: { id: true } });
  return tree !== null;
}
