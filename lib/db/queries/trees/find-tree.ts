import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';
import { toTreeSummary, treeSummarySelect, type TreeWithDocument } from './tree-shape';

/** One tree of the workspace with its draft document, or null (also for another workspace's id). */
export async function findTree(workspaceId: string, treeId: string): Promise<TreeWithDocument | null> {
  const row = await prisma.tree.findFirst({
    where: { id: treeId, workspaceId },
    select: { ...treeSummarySelect, document: true },
  });
  // Stored documents were validated on the way in (create, update), so the type holds.
  return row ? { ...toTreeSummary(row), document: row.document as TreeDocument } : null;
}
