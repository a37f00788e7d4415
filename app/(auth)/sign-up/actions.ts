'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/auth';
import { createAccount } from '@/lib/db/queries/workspaces/create-account';
import { signUpSchema } from '@/lib/validations/account';
import { fieldErrorsOf, text, type FormState } from '../form-state';

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { name: text(form, 'name'), email: text(form, 'email'), workspaceName: text(form, 'workspaceName') };
  const parsed = signUpSchema.safeParse({ ...values, name: values.name || undefined, password: text(form, 'password') });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await createAccount(parsed.data);
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') {
      return { fieldErrors: { email: 'An account with that email already exists. Sign in instead.' }, values };
    }
    throw error;
  }
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: '/trees' });
  } catch (error) {
    // The account exists now; only the automatic sign-in failed.
    if (error instanceof AuthError) return { error: 'Your account was created, but signing in failed. Please sign in.', values };
    throw error;
  }
  return {};
}
