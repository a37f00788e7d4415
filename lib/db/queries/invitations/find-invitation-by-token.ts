import { prisma } from '@/lib/db/client';
import { hashInvitationToken } from './invitation-token';

export type InvitationStatus = 'pending' | 'expired' | 'accepted';

/** What the invite page shows before anyone accepts; null when the link is unknown or revoked. */
export async function findInvitationByToken(token: string, now = new Date()) {
  if (!token || token.length > 200) return null;
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, workspace: { select: { id: true, name: true } } },
  });
  if (!row) return null;
  const status: InvitationStatus = row.acceptedAt ? 'accepted' : row.expiresAt <= now ? 'expired' : 'pending';
  return { ...row, status };
}
