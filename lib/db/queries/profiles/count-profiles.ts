import { prisma } from '@/lib/db/client';

export function countProfiles(workspaceId: string) {
  return prisma.profile.count({ where: { workspaceId } });
}
