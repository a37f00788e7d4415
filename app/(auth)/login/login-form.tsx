'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import type { FormState } from '../form-state';
import { signInAction } from './actions';

export function LoginForm({ initialError }: { initialError?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, { error: initialError });
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Field id="email" label="Email" error={fe.email}>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} className={inputClasses} {...describedBy('email', fe.email)} />
      </Field>
      <Field id="password" label="Password" error={fe.password}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClasses} {...describedBy('password', fe.password)} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
