import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';
import { findTree } from './find-tree';
import type { TreeWithDocument } from './tree-shape';

/** Saves the draft (name, description, document); null when the workspace has no such tree. */
export async function updateTree(
  workspaceId: string,
  treeId: string,
  input: { name?: string; description?: string; document?: TreeDocument },
): Promise<TreeWithDocument | null> {
  // updateMany so the workspace is part of the WHERE: an id from another workspace changes nothing.
  const { count } = await prisma.tree.updateMany({ where: { id: treeId, workspaceId }, data: input });
  return count === 0 ? null : findTree(workspaceId, treeId);
}
