// POST /api/v1/preview — exact counts at every node of an unsaved draft tree
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { countAudience } from '@/lib/audience/count-audience';
import { validateDocumentOr422 } from '@/lib/audience/validate-document';
import { previewSchema } from '@/lib/validations/trees';

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = previewSchema.parse(await readJson(req));
    const { document, warnings } = validateDocumentOr422(input.tree, ['tree']);
    const { counts, engine, tookMs, asOf } = await countAudience(workspaceId, document, {
      asOf: input.asOf,
      treeId: input.treeId,
      issuePath: ['tree'],
    });
    return Response.json({ ...counts, asOf, tookMs, engine, warnings });
  },
  { permission: 'read' },
);
