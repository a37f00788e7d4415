import { prisma } from '@/lib/db/client';

/** A further workspace for a signed-in user, who becomes its owner. */
export function createWorkspace(userId: string, input: { name: string }) {
  return prisma.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: { name: input.name } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: 'owner' } });
    return workspace;
  });
}
