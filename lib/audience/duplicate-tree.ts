import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import type { TreeWithDocument } from '@/lib/db/queries/trees/tree-shape';
import { withUniqueSegmentKeys } from '@/lib/tree-templates/unique-keys';
import { takenSegmentKeys } from './taken-segment-keys';

/** "Churn (copy)", kept within the 100 characters a tree name may have. */
function copyName(name: string): string {
  const suffix = ' (copy)';
  return name.slice(0, 100 - suffix.length) + suffix;
}

/**
 * A new draft tree with a copy of the source's draft. Segment keys are unique per workspace,
 * so each copied key gets the first free `-2`, `-3`, … suffix: the copy can be published
 * next to the original without a conflict.
 */
export async function duplicateTree(workspaceId: string, treeId: string, name?: string): Promise<TreeWithDocument> {
  const source = await findTree(workspaceId, treeId);
  if (!source) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  const document = withUniqueSegmentKeys(source.document, await takenSegmentKeys(workspaceId));
  return createTree(workspaceId, { name: name ?? copyName(source.name), description: source.description, document });
}
