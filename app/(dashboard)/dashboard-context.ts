import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth/auth';
import { WORKSPACE_COOKIE } from '@/lib/auth/caller';
import { isRole, roleAllows, type Permission, type Role } from '@/lib/auth/roles';
import { findMemberships } from '@/lib/db/queries/memberships/find-memberships';
import { findWorkspaceSettings } from '@/lib/db/queries/workspaces/find-workspace-settings';

/**
 * Who is looking at the dashboard and in which workspace. Cached per request so the layout
 * and the page share one lookup. The workspace is chosen exactly as the API's
 * sessionCaller chooses it (the cookie if still a member, else the first), so a page and the
 * routes its client components call always agree.
 */
export const getDashboard = cache(async () => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect('/login');
  const user = { id: userId, email: session.user.email ?? '', name: session.user.name ?? null };
  const memberships = (await findMemberships(userId))
    .filter((m) => isRole(m.role))
    .map((m) => ({ workspaceId: m.workspaceId, name: m.workspace.name, role: m.role as Role }));
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const membership = memberships.find((m) => m.workspaceId === chosen) ?? memberships[0];
  if (!membership) return { user, memberships, current: null };
  const settings = await findWorkspaceSettings(membership.workspaceId);
  const current = {
    ...membership,
    name: settings?.name ?? membership.name,
    timezone: settings?.timezone ?? 'UTC',
    requireOptIn: settings?.requireOptIn ?? false,
  };
  return { user, memberships, current };
});

/** For pages: the current workspace, or the sign-in page. The layout already handles "no workspace". */
export async function requireWorkspace() {
  const { user, current } = await getDashboard();
  if (!current) redirect('/login');
  return { user, ...current, can: (permission: Permission) => roleAllows(current.role, permission) };
}
