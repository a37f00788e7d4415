import { prisma } from '@/lib/db/client';

export function findMemberships(userId: string) {
  return prisma.membership.findMany({
    where: { userId },
    include: { workspace: { select: { id: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
}
