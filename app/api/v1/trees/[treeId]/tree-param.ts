import { ApiError } from '@/lib/api/errors';
import { findTree } from '@/lib/db/queries/trees/find-tree';

export type TreeParams = { treeId: string };

export async function treeOr404(workspaceId: string, params: TreeParams) {
  const tree = await findTree(workspaceId, params.treeId);
  if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  return tree;
}
