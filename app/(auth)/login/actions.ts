'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/auth';
import { signInSchema } from '@/lib/validations/account';
import { fieldErrorsOf, text, type FormState } from '../form-state';

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email') };
  const parsed = signInSchema.safeParse({ email: values.email, password: text(form, 'password') });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    // Throws a redirect on success, which must propagate; AuthError means bad credentials.
    await signIn('credentials', { ...parsed.data, redirectTo: '/trees' });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'Wrong email or password.', values };
    throw error;
  }
  return {};
}
