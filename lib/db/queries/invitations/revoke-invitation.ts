import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';

/** Deleting the row kills the link: its token hash no longer matches anything. */
export async function revokeInvitation(workspaceId: string, invitationId: string) {
  const { count } = await prisma.invitation.deleteMany({ where: { id: invitationId, workspaceId, acceptedAt: null } });
  if (count === 0) throw new ApiError('not_found', 'No pending invitation with that id in this workspace.');
}
