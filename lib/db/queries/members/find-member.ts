import { prisma } from '@/lib/db/client';

export function findMember(workspaceId: string, membershipId: string) {
  return prisma.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { id: true, role: true } });
}
