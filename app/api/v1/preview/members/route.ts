// POST /api/v1/preview/members — sample profiles reaching a node of a draft, each with its path
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { sampleNodeMembers } from '@/lib/audience/sample-node-members';
import { previewMembersSchema } from '@/lib/validations/trees';

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = previewMembersSchema.parse(await readJson(req));
    const page = await sampleNodeMembers(workspaceId, {
      ...input,
      cursor: input.cursor === undefined ? undefined : Number(input.cursor),
    });
    return Response.json(page);
  },
  { permission: 'read' },
);
