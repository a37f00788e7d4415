'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import type { FormState } from '../form-state';
import { signUpAction } from './actions';

export function SignUpForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Field id="name" label="Your name" hint="Optional. Shown to your teammates." error={fe.name}>
        <input id="name" name="name" autoComplete="name" defaultValue={v.name} className={inputClasses} {...describedBy('name', fe.name, true)} />
      </Field>
      <Field id="email" label="Work email" error={fe.email}>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={v.email} className={inputClasses} {...describedBy('email', fe.email)} />
      </Field>
      <Field id="password" label="Password" hint="At least 8 characters." error={fe.password}>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={8} className={inputClasses} {...describedBy('password', fe.password, true)} />
      </Field>
      <Field id="workspaceName" label="Workspace name" hint="Usually your company or brand. You can rename it later." error={fe.workspaceName}>
        <input id="workspaceName" name="workspaceName" required maxLength={100} defaultValue={v.workspaceName} className={inputClasses} {...describedBy('workspaceName', fe.workspaceName, true)} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}
