import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';

export type TreeDocuments = {
  id: string;
  name: string;
  draft: TreeDocument;
  /** The latest published version's document, or null before the first publish. */
  published: TreeDocument | null;
};

/** Every tree's draft and latest published document: for the "who refers to this segment" checks. */
export async function listTreeDocuments(workspaceId: string): Promise<TreeDocuments[]> {
  const rows = await prisma.tree.findMany({
    where: { workspaceId },
    select: { id: true, name: true, document: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { document: true } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    draft: r.document as TreeDocument,
    published: (r.versions[0]?.document as TreeDocument | undefined) ?? null,
  }));
}
