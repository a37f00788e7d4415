import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import type { Role } from '@/lib/auth/roles';
import { assertAnotherOwner, lockWorkspace } from './assert-another-owner';

/** Changes a member's role; refuses to demote the workspace's last owner. */
export async function updateMemberRole(workspaceId: string, membershipId: string, role: Role) {
  return prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId } });
    if (!member) throw new ApiError('not_found', 'No such member in this workspace.');
    if (member.role === 'owner' && role !== 'owner') await assertAnotherOwner(tx, workspaceId, membershipId);
    return tx.membership.update({
      where: { id: member.id },
      data: { role },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    });
  });
}
