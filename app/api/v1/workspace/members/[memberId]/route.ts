// PATCH /api/v1/workspace/members/{memberId} — changes a member's role (never the last owner's)
// DELETE /api/v1/workspace/members/{memberId} — removes a member (never the last owner)
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { findMember } from '@/lib/db/queries/members/find-member';
import { removeMember } from '@/lib/db/queries/members/remove-member';
import { updateMemberRole } from '@/lib/db/queries/members/update-member-role';
import { updateMemberSchema } from '@/lib/validations/workspace';

type Params = { memberId: string };

export const PATCH = withAuth<Params>(
  async ({ req, params, workspaceId }) => {
    const body = await readJson(req, 4 * 1024);
    // Existence first: an id from another workspace is a 404 whatever the body says.
    if (!(await findMember(workspaceId, params.memberId))) throw new ApiError('not_found', 'No such member in this workspace.');
    const { role } = updateMemberSchema.parse(body);
    return Response.json({ member: await updateMemberRole(workspaceId, params.memberId, role) });
  },
  { permission: 'admin' },
);

export const DELETE = withAuth<Params>(
  async ({ params, workspaceId }) => {
    await removeMember(workspaceId, params.memberId);
    return new Response(null, { status: 204 });
  },
  { permission: 'admin' },
);
