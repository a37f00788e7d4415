// GET /api/v1/trees — every tree: status, last published version and its segment sizes
// POST /api/v1/trees — create a tree from a document (default: a root only)
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { draftWarnings } from '@/lib/audience/draft-warnings';
import { validateDocumentOr422 } from '@/lib/audience/validate-document';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { listTrees } from '@/lib/db/queries/trees/list-trees';
import { createTreeSchema, rootOnlyDocument } from '@/lib/validations/trees';

export const GET = withAuth(
  async ({ workspaceId }) => Response.json({ trees: await listTrees(workspaceId) }),
  { permission: 'read' },
);

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = createTreeSchema.parse(await readJson(req));
    const { document } = validateDocumentOr422(input.document ?? rootOnlyDocument(), ['document']);
    const tree = await createTree(workspaceId, { name: input.name, description: input.description, document });
    return Response.json({ tree: { ...tree, warnings: await draftWarnings(workspaceId, tree.id, document) } }, { status: 201 });
  },
  { permission: 'write' },
);
