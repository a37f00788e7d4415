import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { findTreeVersion } from '@/lib/db/queries/trees/list-tree-versions';
import type { TreeWithDocument } from '@/lib/db/queries/trees/tree-shape';
import { updateTree } from '@/lib/db/queries/trees/update-tree';

/**
 * The draft becomes a copy of a published version's document. Versions are immutable and
 * stay as they are; nothing is published until the marketer publishes again.
 */
export async function restoreVersion(workspaceId: string, treeId: string, version: number): Promise<TreeWithDocument> {
  const row = await findTreeVersion(workspaceId, treeId, version);
  if (!row) throw new ApiError('not_found', 'No such version of a tree in this workspace.');
  const tree = await updateTree(workspaceId, treeId, { document: row.document });
  if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  return tree;
}
