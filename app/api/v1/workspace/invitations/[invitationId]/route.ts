// DELETE /api/v1/workspace/invitations/{invitationId} — revokes a pending invitation
import { withAuth } from '@/lib/api/with-auth';
import { revokeInvitation } from '@/lib/db/queries/invitations/revoke-invitation';

export const DELETE = withAuth<{ invitationId: string }>(
  async ({ params, workspaceId }) => {
    await revokeInvitation(workspaceId, params.invitationId);
    return new Response(null, { status: 204 });
  },
  { permission: 'admin' },
);
