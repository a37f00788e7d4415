import { prisma } from '@/lib/db/client';
import type { TreeDocument } from '@/lib/segments';
import { type UserName, findUserNames } from '@/lib/db/queries/users/find-user-names';

export type TreeVersionRow = {
  version: number;
  publishedAt: Date;
  publishedById: string | null;
  segmentSizes: Record<string, number>;
  document: TreeDocument;
};

export type TreeVersionListItem = TreeVersionRow & { publishedBy: UserName | null };

const versionSelect = { version: true, publishedAt: true, publishedById: true, segmentSizes: true, document: true } as const;

type Row = { version: number; publishedAt: Date; publishedById: string | null; segmentSizes: unknown; document: unknown };

async function withPublishers(rows: Row[]): Promise<TreeVersionListItem[]> {
  const names = await findUserNames(rows.map((r) => r.publishedById));
  return rows.map((v) => ({
    ...v,
    segmentSizes: v.segmentSizes as Record<string, number>,
    document: v.document as TreeDocument,
    publishedBy: (v.publishedById && names.get(v.publishedById)) || null,
  }));
}

/** A tree's published versions, newest first; null when the workspace has no such tree. */
export async function listTreeVersions(workspaceId: string, treeId: string): Promise<TreeVersionListItem[] | null> {
  const tree = await prisma.tree.findFirst({
    where: { id: treeId, workspaceId },
    select: { versions: { orderBy: { version: 'desc' }, select: versionSelect } },
  });
  return tree ? withPublishers(tree.versions) : null;
}

/** One published version of a tree of the workspace, or null. */
export async function findTreeVersion(workspaceId: string, treeId: string, version: number): Promise<TreeVersionListItem | null> {
  const row = await prisma.treeVersion.findFirst({ where: { treeId, version, tree: { workspaceId } }, select: versionSelect });
  return row ? (await withPublishers([row]))[0] : null;
}
