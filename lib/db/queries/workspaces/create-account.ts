import { prisma } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';

/** Sign-up: a user, their workspace and the owner membership, in one transaction. */
export async function createAccount(input: { email: string; password: string; name?: string; workspaceName: string }) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: input.email, name: input.name || null, passwordHash } });
    const workspace = await tx.workspace.create({ data: { name: input.workspaceName } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: 'owner' } });
    return { user, workspace };
  });
}
