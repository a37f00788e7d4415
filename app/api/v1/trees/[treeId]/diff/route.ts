// POST /api/v1/trees/{treeId}/diff — what publishing the draft would change: nodes, and who moves where
import { readOptionalJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { diffTree } from '@/lib/audience/diff-tree';
import { diffTreeSchema } from '@/lib/validations/trees';
import type { TreeParams } from '../tree-param';

export const POST = withAuth<TreeParams>(
  async ({ req, params, workspaceId }) => {
    const input = diffTreeSchema.parse(await readOptionalJson(req));
    return Response.json(await diffTree(workspaceId, params.treeId, { document: input.document, asOf: input.asOf }));
  },
  { permission: 'read' },
);
