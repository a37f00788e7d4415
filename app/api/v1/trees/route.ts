// GET /api/v1/trees — every tree: status, last published version and its segment sizes
// POST /api/v1/trees — create a tree from a document or a template (default: a root only)
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { draftWarnings } from '@/lib/audience/draft-warnings';
import { takenSegmentKeys } from '@/lib/audience/taken-segment-keys';
import { validateDocumentOr422 } from '@/lib/audience/validate-document';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { listTrees } from '@/lib/db/queries/trees/list-trees';
import { findTemplate } from '@/lib/tree-templates/templates';
import { withUniqueSegmentKeys } from '@/lib/tree-templates/unique-keys';
import { createTreeSchema, rootOnlyDocument } from '@/lib/validations/trees';

export const GET = withAuth(
  async ({ workspaceId }) => Response.json({ trees: await listTrees(workspaceId) }),
  { permission: 'read' },
);

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = createTreeSchema.parse(await readJson(req));
    const template = input.template === undefined ? undefined : findTemplate(input.template)!;
    const { document } = template
      ? { document: withUniqueSegmentKeys(template.build(), await takenSegmentKeys(workspaceId)) }
      : validateDocumentOr422(input.document ?? rootOnlyDocument(), ['document']);
    const tree = await createTree(workspaceId, {
      name: input.name ?? template?.name ?? 'Untitled tree',
      description: input.description ?? template?.description ?? '',
      document,
    });
    return Response.json({ tree: { ...tree, warnings: await draftWarnings(workspaceId, tree.id, document) } }, { status: 201 });
  },
  { permission: 'write' },
);
