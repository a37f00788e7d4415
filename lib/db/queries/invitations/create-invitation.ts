import { prisma } from '@/lib/db/client';
import type { Role } from '@/lib/auth/roles';
import { generateInvitationToken, INVITATION_TTL_MS } from './invitation-token';

export const invitationSelect = { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, createdAt: true } as const;

/** Returns the token in clear exactly once, for the invite link; only its hash is stored. */
export async function createInvitation(
  workspaceId: string,
  createdById: string,
  input: { email?: string; role: Role },
  now = new Date(),
) {
  const { token, tokenHash } = generateInvitationToken();
  const invitation = await prisma.invitation.create({
    data: {
      workspaceId,
      createdById,
      email: input.email ?? null,
      role: input.role,
      tokenHash,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    },
    select: invitationSelect,
  });
  return { token, invitation };
}
