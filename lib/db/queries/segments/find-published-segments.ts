import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';

export type PublishedSegment = {
  key: string;
  name: string;
  color: string;
  nodeId: string;
  treeId: string;
  treeName: string;
  /** The tree's latest published version: what membership of the segment means now. */
  version: number;
  document: TreeDocument;
};

/**
 * Published segments by key (keys are unique in a workspace). Keys with no published segment
 * are simply absent from the answer; the caller decides whether that is an error.
 */
export async function findPublishedSegments(workspaceId: string, keys: readonly string[]): Promise<PublishedSegment[]> {
  if (keys.length === 0) return [];
  const rows = await prisma.segment.findMany({
    where: { workspaceId, key: { in: [...keys] } },
    select: {
      key: true, name: true, color: true, nodeId: true, treeId: true,
      tree: { select: { name: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, document: true } } } },
    },
    orderBy: { key: 'asc' },
  });
  return rows.flatMap((r) => {
    const latest = r.tree.versions[0];
    // Segment rows are only written together with a version, so `latest` always exists.
    if (!latest) return [];
    const { tree, ...segment } = r;
    return [{ ...segment, treeName: tree.name, version: latest.version, document: latest.document as TreeDocument }];
  });
}
