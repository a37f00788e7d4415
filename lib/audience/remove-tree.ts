import { ApiError } from '@/lib/api/errors';
import { deleteTree } from '@/lib/db/queries/trees/delete-tree';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { assertSegmentsUnused } from './assert-segments-unused';

/** Deletes a tree unless another published tree still uses one of its segments (409). */
export async function removeTree(workspaceId: string, treeId: string): Promise<void> {
  const tree = await findTree(workspaceId, treeId);
  if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  await assertSegmentsUnused(workspaceId, treeId, tree.segmentSizes ? Object.keys(tree.segmentSizes) : []);
  if (!(await deleteTree(workspaceId, treeId))) throw new ApiError('not_found', 'No tree with that id in this workspace.');
}
