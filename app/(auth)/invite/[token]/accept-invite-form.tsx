'use client';

import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import type { FormState } from '../../form-state';
import { acceptWithPasswordAction } from './actions';

type Mode = 'new' | 'existing';

export function AcceptInviteForm({ token, invitedEmail }: { token: string; invitedEmail: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptWithPasswordAction.bind(null, token), {});
  const [mode, setMode] = useState<Mode>((state.values?.mode as Mode) ?? 'new');
  const fe = state.fieldErrors ?? {};
  const tab = (value: Mode, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={mode === value}
      aria-controls="accept-panel"
      onClick={() => setMode(value)}
      className={cn(
        'flex-1 rounded-md px-3 py-1.5 text-sm font-medium transition-colors',
        mode === value ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900',
      )}
    >
      {label}
    </button>
  );
  return (
    <div>
      <div role="tablist" aria-label="How to join" className="mb-5 flex gap-1 rounded-lg bg-slate-100 p-1">
        {tab('new', 'I am new here')}
        {tab('existing', 'I have an account')}
      </div>
      <form id="accept-panel" role="tabpanel" action={action} className="space-y-4" noValidate>
        <input type="hidden" name="mode" value={mode} />
        {state.error && <Alert tone="error">{state.error}</Alert>}
        {mode === 'new' && (
          <Field id="name" label="Your name" hint="Optional." error={fe.name}>
            <input id="name" name="name" autoComplete="name" defaultValue={state.values?.name} className={inputClasses} {...describedBy('name', fe.name, true)} />
          </Field>
        )}
        <Field id="email" label="Email" hint={invitedEmail ? 'This invitation is for this address.' : undefined} error={fe.email}>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            readOnly={!!invitedEmail}
            defaultValue={invitedEmail ?? state.values?.email}
            className={inputClasses}
            {...describedBy('email', fe.email, !!invitedEmail)}
          />
        </Field>
        <Field
          id="password"
          label={mode === 'new' ? 'Choose a password' : 'Password'}
          hint={mode === 'new' ? 'At least 8 characters.' : undefined}
          error={fe.password}
        >
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={mode === 'new' ? 'new-password' : 'current-password'}
            required
            className={inputClasses}
            {...describedBy('password', fe.password, mode === 'new')}
          />
        </Field>
        <Button type="submit" pending={pending} className="w-full">
          {mode === 'new' ? 'Create account and join' : 'Sign in and join'}
        </Button>
      </form>
    </div>
  );
}
