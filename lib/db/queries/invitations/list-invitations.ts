import { prisma } from '@/lib/db/client';
import { invitationSelect } from './create-invitation';

/** Invitations not yet accepted, newest first; expired ones stay listed so they can be cleaned up. */
export function listInvitations(workspaceId: string) {
  return prisma.invitation.findMany({
    where: { workspaceId, acceptedAt: null },
    select: invitationSelect,
    orderBy: { createdAt: 'desc' },
  });
}
