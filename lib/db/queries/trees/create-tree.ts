import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';
import { toTreeSummary, treeSummarySelect, type TreeWithDocument } from './tree-shape';

export async function createTree(
  workspaceId: string,
  input: { name: string; description: string; document: TreeDocument },
): Promise<TreeWithDocument> {
  const row = await prisma.tree.create({
    data: { workspaceId, name: input.name, description: input.description, document: input.document },
    select: { ...treeSummarySelect, document: true },
  });
  return { ...toTreeSummary(row), document: row.document as TreeDocument };
}
