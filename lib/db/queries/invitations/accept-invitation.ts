import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { isRole } from '@/lib/auth/roles';
import { findUserForSignIn } from '@/lib/db/queries/users/find-user-for-sign-in';
import { hashInvitationToken } from './invitation-token';

/** Who accepts: the signed-in user, or someone proving/creating an account by password. */
export type Acceptor =
  | { kind: 'user'; userId: string }
  | { kind: 'new'; email: string; password: string; name?: string }
  | { kind: 'existing'; email: string; password: string };

/**
 * Joins the invitation's workspace with its role. The token is single-use: it is marked
 * accepted in the same transaction that creates the membership, and only if it was still
 * pending, so two concurrent accepts cannot both succeed.
 */
export async function acceptInvitation(token: string, who: Acceptor, now = new Date()) {
  const tokenHash = hashInvitationToken(token);
  // Password work (scrypt) happens before the transaction so it holds no lock while hashing.
  let userId: string | null = who.kind === 'user' ? who.userId : null;
  let newUser: { email: string; name?: string; passwordHash: string } | null = null;
  if (who.kind === 'existing') {
    const user = await findUserForSignIn(who.email);
    if (!user || !(await verifyPassword(who.password, user.passwordHash))) {
      throw new ApiError('unauthorized', 'Wrong email or password.');
    }
    userId = user.id;
  } else if (who.kind === 'new') {
    newUser = { email: who.email, name: who.name || undefined, passwordHash: await hashPassword(who.password) };
  }

  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash }, include: { workspace: { select: { name: true } } } });
    if (!invitation) throw new ApiError('not_found', 'This invitation link is not valid. It may have been revoked.');
    if (invitation.acceptedAt) throw new ApiError('conflict', 'This invitation has already been used.');
    if (invitation.expiresAt <= now) throw new ApiError('conflict', 'This invitation has expired. Ask for a new one.');
    if (!isRole(invitation.role)) throw new ApiError('conflict', 'This invitation has an unknown role.');

    if (newUser) {
      const taken = await tx.user.findUnique({ where: { email: newUser.email }, select: { id: true } });
      if (taken) throw new ApiError('conflict', 'An account with that email already exists. Sign in with it to accept.');
      userId = (await tx.user.create({ data: { email: newUser.email, name: newUser.name ?? null, passwordHash: newUser.passwordHash } })).id;
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId! }, select: { id: true, email: true } });
    if (invitation.email && invitation.email !== user.email) {
      throw new ApiError('forbidden', `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
    }
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: user.id } } });
    if (existing) throw new ApiError('conflict', `You are already a member of ${invitation.workspace.name}.`);

    const marked = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (marked.count !== 1) throw new ApiError('conflict', 'This invitation has already been used.');
    const membership = await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role } });
    return { workspaceId: invitation.workspaceId, workspaceName: invitation.workspace.name, userId: user.id, email: user.email, role: membership.role };
  });
}
