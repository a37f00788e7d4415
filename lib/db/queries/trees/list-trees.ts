import { prisma } from '@/lib/db/client';
import { type UserName, findUserNames } from '@/lib/db/queries/users/find-user-names';
import { toTreeSummary, treeSummarySelect, type TreeSummary } from './tree-shape';

export type TreeListItem = TreeSummary & { publishedBy: UserName | null };

/** Every tree of the workspace, most recently edited first, with its last publish and who made it. */
export async function listTrees(workspaceId: string): Promise<TreeListItem[]> {
  const rows = await prisma.tree.findMany({
    where: { workspaceId },
    select: treeSummarySelect,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
  });
  const trees = rows.map(toTreeSummary);
  const names = await findUserNames(trees.map((t) => t.publishedById));
  return trees.map((t) => ({ ...t, publishedBy: (t.publishedById && names.get(t.publishedById)) || null }));
}
