import { prisma } from '@/lib/db/client';
import { toTreeSummary, treeSummarySelect, type TreeSummary } from './tree-shape';

/** Every tree of the workspace, most recently edited first, with its last publish. */
export async function listTrees(workspaceId: string): Promise<TreeSummary[]> {
  const rows = await prisma.tree.findMany({
    where: { workspaceId },
    select: treeSummarySelect,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map(toTreeSummary);
}
