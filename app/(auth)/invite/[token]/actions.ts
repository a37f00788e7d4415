'use server';

import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError } from '@/lib/api/errors';
import { auth, signIn, signOut } from '@/lib/auth/auth';
import { WORKSPACE_COOKIE } from '@/lib/auth/caller';
import { acceptInvitation, type Acceptor } from '@/lib/db/queries/invitations/accept-invitation';
import { acceptInvitationSchema } from '@/lib/validations/account';
import { fieldErrorsOf, text, type FormState } from '../../form-state';

// Land in the workspace just joined, not in whichever one the cookie named before.
async function openWorkspace(workspaceId: string) {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}

async function accept(token: string, who: Acceptor): Promise<{ workspaceId: string } | { error: string }> {
  try {
    return await acceptInvitation(token, who);
  } catch (error) {
    if (error instanceof ApiError) return { error: error.message };
    throw error;
  }
}

/** The signed-in user joins with one click. */
export async function acceptAsSignedInAction(token: string, _prev: FormState): Promise<FormState> {
  const userId = (await auth())?.user?.id;
  if (!userId) return { error: 'Your session has ended. Sign in again below.' };
  const result = await accept(token, { kind: 'user', userId });
  if ('error' in result) return { error: result.error };
  await openWorkspace(result.workspaceId);
  redirect('/trees');
}

/** Someone signed out: create an account, or prove an existing one, then sign in. */
export async function acceptWithPasswordAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const mode = text(form, 'mode') === 'existing' ? 'existing' : 'new';
  const values = { mode, email: text(form, 'email'), name: text(form, 'name') };
  const parsed = acceptInvitationSchema.safeParse({ ...values, name: values.name || undefined, password: text(form, 'password') });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await accept(token, { ...parsed.data, kind: parsed.data.mode });
  if ('error' in result) return { error: result.error, values };
  await openWorkspace(result.workspaceId);
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: '/trees' });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'You joined the workspace, but signing in failed. Please sign in.', values };
    throw error;
  }
  return {};
}

/** Signed in as someone else than the invitation names: sign out and come back to the link. */
export async function signOutForInviteAction(token: string) {
  await signOut({ redirectTo: `/invite/${encodeURIComponent(token)}` });
}
