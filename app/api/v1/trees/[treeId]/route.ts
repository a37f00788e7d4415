// GET /api/v1/trees/{treeId} — the tree with its draft document and the draft's warnings
// PUT /api/v1/trees/{treeId} — save the draft (name, description, document); a draft with problems is
// saved and its problems returned as `errors`; only a body that is not a tree document → 422
// DELETE /api/v1/trees/{treeId} — delete it with its versions, unless another tree uses its segments
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { draftWarnings } from '@/lib/audience/draft-warnings';
import { removeTree } from '@/lib/audience/remove-tree';
import { draftErrors, parseDraftOr422 } from '@/lib/audience/validate-document';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { updateTree } from '@/lib/db/queries/trees/update-tree';
import type { TreeDocument } from '@/lib/segments';
import { updateTreeSchema } from '@/lib/validations/trees';
import { type TreeParams, treeOr404 } from './tree-param';

export const GET = withAuth<TreeParams>(
  async ({ params, workspaceId }) => {
    const tree = await treeOr404(workspaceId, params);
    return Response.json({ tree: await withProblems(workspaceId, tree) });
  },
  { permission: 'read' },
);

export const PUT = withAuth<TreeParams>(
  async ({ req, params, workspaceId }) => {
    const body = await readJson(req);
    // Existence first: an id from another workspace is a 404 whatever the body says.
    await treeOr404(workspaceId, params);
    const { document: raw, ...rest } = updateTreeSchema.parse(body);
    const document = raw === undefined ? undefined : parseDraftOr422(raw, ['document']).document;
    const tree = await updateTree(workspaceId, params.treeId, { ...rest, document });
    if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
    return Response.json({ tree: await withProblems(workspaceId, tree) });
  },
  { permission: 'write' },
);

export const DELETE = withAuth<TreeParams>(
  async ({ params, workspaceId }) => {
    await removeTree(workspaceId, params.treeId);
    invalidateEvaluation(workspaceId);
    return new Response(null, { status: 204 });
  },
  { permission: 'write' },
);

/** The tree with what would stop its draft from publishing (errors) and what is probably not meant (warnings). */
async function withProblems<T extends { id: string; document: TreeDocument }>(workspaceId: string, tree: T) {
  return { ...tree, warnings: await draftWarnings(workspaceId, tree.id, tree.document), errors: draftErrors(tree.document) };
}
