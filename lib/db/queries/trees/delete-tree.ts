import { prisma } from '@/lib/db/client';

/**
 * Deletes a tree with its versions and segments (cascade); slots that used it keep their
 * variants but lose the tree (SET NULL). Returns whether there was such a tree.
 */
export async function deleteTree(workspaceId: string, treeId: string): Promise<boolean> {
  const { count } = await prisma.tree.deleteMany({ where: { id: treeId, workspaceId } });
  return count > 0;
}
