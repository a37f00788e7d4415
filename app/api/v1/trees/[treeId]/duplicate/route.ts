// POST /api/v1/trees/{treeId}/duplicate — a new draft tree copying this one's draft (segment keys made unique)
import { readOptionalJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { draftWarnings } from '@/lib/audience/draft-warnings';
import { duplicateTree } from '@/lib/audience/duplicate-tree';
import { duplicateTreeSchema } from '@/lib/validations/trees';
import type { TreeParams } from '../tree-param';

export const POST = withAuth<TreeParams>(
  async ({ req, params, workspaceId }) => {
    const input = duplicateTreeSchema.parse(await readOptionalJson(req, 16 * 1024));
    const tree = await duplicateTree(workspaceId, params.treeId, input.name);
    return Response.json({ tree: { ...tree, warnings: await draftWarnings(workspaceId, tree.id, tree.document) } }, { status: 201 });
  },
  { permission: 'write' },
);
