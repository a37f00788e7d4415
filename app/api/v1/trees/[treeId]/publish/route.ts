// POST /api/v1/trees/{treeId}/publish — the draft becomes the next immutable version, with segment sizes
import { withAuth } from '@/lib/api/with-auth';
import { publishTree } from '@/lib/audience/publish-tree';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import type { TreeParams } from '../tree-param';

export const POST = withAuth<TreeParams>(
  async ({ params, workspaceId, caller }) => {
    const version = await publishTree(workspaceId, params.treeId, caller.kind === 'user' ? caller.userId : null);
    invalidateEvaluation(workspaceId);
    return Response.json({ version }, { status: 201 });
  },
  { permission: 'write' },
);
