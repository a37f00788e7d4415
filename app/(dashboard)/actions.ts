'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth, signOut } from '@/lib/auth/auth';
import { WORKSPACE_COOKIE } from '@/lib/auth/caller';
import { findMemberships } from '@/lib/db/queries/memberships/find-memberships';
import { createWorkspace } from '@/lib/db/queries/workspaces/create-workspace';
import { createWorkspaceSchema } from '@/lib/validations/workspace';

const SECTIONS = ['trees', 'content', 'experiments', 'profiles', 'data', 'settings'];

// The cookie only says which workspace to show; membership is checked on every request,
// so it carries no authority and needs no signature.
async function setWorkspaceCookie(workspaceId: string) {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}

/** Switches workspace and lands on the same section's index (a profile page would not exist in the other one). */
export async function switchWorkspaceAction(workspaceId: string, section: string) {
  const userId = (await auth())?.user?.id;
  if (!userId) redirect('/login');
  const memberships = await findMemberships(userId);
  if (!memberships.some((m) => m.workspaceId === workspaceId)) return { error: 'You are not a member of that workspace.' };
  await setWorkspaceCookie(workspaceId);
  redirect(`/${SECTIONS.includes(section) ? section : 'trees'}`);
}

export type CreateWorkspaceState = { error?: string; name?: string };

export async function createWorkspaceAction(_prev: CreateWorkspaceState, form: FormData): Promise<CreateWorkspaceState> {
  const userId = (await auth())?.user?.id;
  if (!userId) redirect('/login');
  const parsed = createWorkspaceSchema.safeParse({ name: form.get('name') });
  if (!parsed.success) return { error: parsed.error.issues[0].message, name: String(form.get('name') ?? '') };
  const workspace = await createWorkspace(userId, parsed.data);
  await setWorkspaceCookie(workspace.id);
  redirect('/settings');
}

export async function signOutAction() {
  (await cookies()).delete(WORKSPACE_COOKIE);
  await signOut({ redirectTo: '/login' });
}
