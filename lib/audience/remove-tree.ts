import { ApiError } from '@/lib/api/errors';
import { deleteTree } from '@/lib/db/queries/trees/delete-tree';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { slotsUsingTree } from '@/lib/db/queries/trees/slots-using-tree';
import { assertSegmentsUnused } from './assert-segments-unused';

/**
 * Deletes a tree unless another published tree still uses one of its segments, or a slot
 * serves content by its segments (409): deleting would silently change what visitors see.
 */
export async function removeTree(workspaceId: string, treeId: string): Promise<void> {
  const tree = await findTree(workspaceId, treeId);
  if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  await assertSegmentsUnused(workspaceId, treeId, tree.segmentSizes ? Object.keys(tree.segmentSizes) : []);
  const slots = await slotsUsingTree(workspaceId, treeId);
  if (slots.length > 0) {
    const list = slots.map((s) => `'${s.name}' (${s.key})`).join(', ');
    throw new ApiError(
      'conflict',
      `Slot${slots.length > 1 ? 's' : ''} ${list} serve${slots.length > 1 ? '' : 's'} content by this tree's segments. Pick another tree for ${slots.length > 1 ? 'them' : 'it'} first.`,
      slots.map((s) => ({ path: ['slots', s.key], message: `Slot '${s.name}' uses this tree.`, code: 'tree_in_use' })),
    );
  }
  if (!(await deleteTree(workspaceId, treeId))) throw new ApiError('not_found', 'No tree with that id in this workspace.');
}
