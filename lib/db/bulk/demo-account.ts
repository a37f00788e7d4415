import { prisma } from '@/lib/db/client';
import { createAccount } from '@/lib/db/queries/workspaces/create-account';

// The demo login printed by `npm start`. Only ever created on databases the user asked for
// demo data in (see scripts/prepare-db.mjs): a known password has no place in production.
export const DEMO_ACCOUNT = {
  email: 'demo@audience.studio',
  password: 'demo-password',
  name: 'Demo User',
  workspaceName: 'Demo Store',
} as const;

export interface DemoWorkspace {
  workspaceId: string;
  /** Profiles already in it: a seeded demo workspace is left alone. */
  profiles: number;
}

/** The demo user's "Demo Store" workspace, creating the user or the workspace if missing. */
export async function findOrCreateDemoWorkspace(): Promise<DemoWorkspace> {
  const user = await prisma.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  if (!user) {
    const { workspace } = await createAccount({
      email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, name: DEMO_ACCOUNT.name, workspaceName: DEMO_ACCOUNT.workspaceName,
    });
    return { workspaceId: workspace.id, profiles: 0 };
  }
  const membership = await prisma.membership.findFirst({
    where: { userId: user.id, role: 'owner', workspace: { name: DEMO_ACCOUNT.workspaceName } },
    orderBy: { createdAt: 'asc' },
    select: { workspaceId: true },
  });
  if (membership) {
    return { workspaceId: membership.workspaceId, profiles: await prisma.profile.count({ where: { workspaceId: membership.workspaceId } }) };
  }
  const workspace = await prisma.$transaction(async (tx) => {
    const created = await tx.workspace.create({ data: { name: DEMO_ACCOUNT.workspaceName } });
    await tx.membership.create({ data: { workspaceId: created.id, userId: user.id, role: 'owner' } });
    return created;
  });
  return { workspaceId: workspace.id, profiles: 0 };
}
