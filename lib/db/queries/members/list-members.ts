import { prisma } from '@/lib/db/client';

export function listMembers(workspaceId: string) {
  return prisma.membership.findMany({
    where: { workspaceId },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
