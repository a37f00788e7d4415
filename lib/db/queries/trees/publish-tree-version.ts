import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import type { TreeDocument } from '@/lib/segments';
import { lockWorkspace } from '@/lib/db/queries/members/assert-another-owner';
import type { TreeVersionRow } from './list-tree-versions';
import { segmentKeyConflict } from './segment-key-conflict';

export type PublishInput = {
  document: TreeDocument;
  segmentSizes: Record<string, number>;
  segments: { nodeId: string; key: string; name: string; color: string }[];
  publishedById: string | null;
};

/**
 * Writes the next immutable version (1, 2, 3, … per tree) and makes the Segment rows match
 * its leaves, in one transaction. Publishes in a workspace are serialised (a row lock on the
 * workspace), so two trees cannot both claim a key and one tree cannot get two version 3s;
 * the unique indexes are the last line (P2002 → 409).
 */
export async function publishTreeVersion(workspaceId: string, treeId: string, input: PublishInput): Promise<TreeVersionRow> {
  return prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const tree = await tx.tree.findFirst({ where: { id: treeId, workspaceId }, select: { id: true } });
    if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');

    const keys = input.segments.map((s) => s.key);
    const taken = await tx.segment.findMany({
      where: { workspaceId, key: { in: keys }, NOT: { treeId } },
      select: { key: true, tree: { select: { name: true } } },
      orderBy: { key: 'asc' },
    });
    if (taken.length > 0) throw segmentKeyConflict(taken.map((t) => ({ key: t.key, treeName: t.tree.name })));

    const last = await tx.treeVersion.findFirst({ where: { treeId }, orderBy: { version: 'desc' }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const row = await tx.treeVersion.create({
      data: {
        treeId,
        version,
        document: input.document,
        segmentSizes: input.segmentSizes,
        publishedById: input.publishedById,
      },
      select: { version: true, publishedAt: true, publishedById: true },
    });
    await tx.tree.update({ where: { id: treeId }, data: { publishedVersion: version } });

    // Segment rows mirror the latest version's leaves: removed leaves go, others are kept
    // (their ids stay stable for variants and experiments that point at the key).
    await tx.segment.deleteMany({ where: { workspaceId, treeId, key: { notIn: keys } } });
    for (const s of input.segments) {
      await tx.segment.upsert({
        where: { workspaceId_key: { workspaceId, key: s.key } },
        create: { workspaceId, treeId, nodeId: s.nodeId, key: s.key, name: s.name, color: s.color },
        update: { nodeId: s.nodeId, name: s.name, color: s.color },
      });
    }
    return { ...row, segmentSizes: input.segmentSizes, document: input.document };
  });
}
