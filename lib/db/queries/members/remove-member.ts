import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { assertAnotherOwner, lockWorkspace } from './assert-another-owner';

/** Removes a member; the last owner cannot be removed (nor remove themselves). */
export async function removeMember(workspaceId: string, membershipId: string) {
  await prisma.$transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId } });
    if (!member) throw new ApiError('not_found', 'No such member in this workspace.');
    if (member.role === 'owner') await assertAnotherOwner(tx, workspaceId, membershipId);
    await tx.membership.delete({ where: { id: member.id } });
  });
}
