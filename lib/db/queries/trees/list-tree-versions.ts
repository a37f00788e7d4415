import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';

export type TreeVersionRow = {
  version: number;
  publishedAt: Date;
  publishedById: string | null;
  segmentSizes: Record<string, number>;
  document: TreeDocument;
};

/** A tree's published versions, newest first; null when the workspace has no such tree. */
export async function listTreeVersions(workspaceId: string, treeId: string): Promise<TreeVersionRow[] | null> {
  const tree = await prisma.tree.findFirst({
    where: { id: treeId, workspaceId },
    select: {
      versions: {
        orderBy: { version: 'desc' },
        select: { version: true, publishedAt: true, publishedById: true, segmentSizes: true, document: true },
      },
    },
  });
  if (!tree) return null;
  return tree.versions.map((v) => ({
    ...v,
    segmentSizes: v.segmentSizes as Record<string, number>,
    document: v.document as TreeDocument,
  }));
}
