import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { compileTree } from '@/lib/segments';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { type MemberPage, scanMembers } from './scan-members';
import { validateDocumentOr422 } from './validate-document';

/**
 * Sample profiles that reach `nodeId` of a draft (sent, or the saved draft of `treeId`), each
 * with the path that took it there: the segment panel's "who is in here, and why".
 */
export async function sampleNodeMembers(
  workspaceId: string,
  input: { tree?: unknown; treeId?: string; nodeId: string; limit: number; cursor?: number; asOf?: number },
): Promise<MemberPage & { nodeId: string }> {
  let raw = input.tree;
  if (raw === undefined) {
    const saved = input.treeId ? await findTree(workspaceId, input.treeId) : null;
    if (!saved) throw new ApiError('not_found', 'No tree with that id in this workspace.');
    raw = saved.document;
  }
  const { document } = validateDocumentOr422(raw, ['tree']);
  if (!document.nodes.some((n) => n.id === input.nodeId)) {
    throw new ApiError('validation_failed', `The tree has no node '${input.nodeId}'.`, [{ path: ['nodeId'], message: 'No node with this id in the tree.' }]);
  }
  const page = await scanMembers(workspaceId, compileTree(document), {
    limit: input.limit,
    cursor: input.cursor,
    asOf: input.asOf,
    treeId: input.treeId,
    issuePath: ['tree'],
    match: (r) => r.path.some((step) => step.nodeId === input.nodeId),
  });
  return { nodeId: input.nodeId, ...page };
}
