'use client';

import { useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { errorMessage } from '@/components/hooks/api-client';
import { useCreateInvitation, useInvitationsQuery, useRevokeInvitation } from '@/components/hooks/queries/use-invitations-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { formatDateTime } from '@/components/ui/format';
import { MailIcon } from '@/components/ui/icons';
import { SkeletonRows } from '@/components/ui/skeleton';
import { ROLES, type Role } from '@/lib/auth/roles';
import { createInvitationSchema } from '@/lib/validations/account';
import { ROLE_HELP } from './role-help';

export function InvitationsSection() {
  const { workspaceId, timezone } = useWorkspace();
  const invitations = useInvitationsQuery(workspaceId);
  const create = useCreateInvitation(workspaceId);
  const revoke = useRevokeInvitation(workspaceId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [emailError, setEmailError] = useState<string>();
  const [created, setCreated] = useState<{ url: string; role: Role; expiresAt: string } | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = createInvitationSchema.safeParse({ email: email.trim() || undefined, role });
    if (!parsed.success) return setEmailError(parsed.error.issues[0].message);
    setEmailError(undefined);
    create.mutate(parsed.data, {
      onSuccess: (data) => {
        setCreated({ url: data.url, role: data.invitation.role, expiresAt: data.invitation.expiresAt });
        setEmail('');
      },
    });
  };

  return (
    <Card aria-labelledby="invitations-title">
      <CardHeader
        id="invitations-title"
        title="Invitations"
        description="Invite by link; nothing is emailed, so copy the link and pass it on. With an email set, only that address can accept."
      />
      <CardBody className="space-y-5">
        <form onSubmit={submit} className="flex flex-wrap items-start gap-3 [&>button]:mt-[26px]" noValidate>
          <Field id="invite-email" label="Email (optional)" className="min-w-60 flex-1" error={emailError}>
            <input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="teammate@example.com" className={inputClasses} {...describedBy('invite-email', emailError)} />
          </Field>
          <Field id="invite-role" label="Role" className="w-40">
            <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)} className={`${inputClasses} capitalize`} title={ROLE_HELP[role]}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </Field>
          <Button type="submit" pending={create.isPending}>
            Create invite link
          </Button>
        </form>
        {create.isError && <Alert tone="error">{errorMessage(create.error)}</Alert>}
        {created && (
          <div className="rounded-lg border border-brand-100 bg-brand-50/60 p-4" data-testid="invite-link-panel">
            <p className="text-sm font-medium text-slate-900">Invite link for a new {created.role}</p>
            <p className="mt-0.5 text-xs text-slate-600">
              Anyone with this link can join until {formatDateTime(created.expiresAt, timezone)}. It is shown only now; revoke it below if it leaks.
            </p>
            <div className="mt-3 flex gap-2">
              <label htmlFor="invite-link" className="sr-only">
                Invite link
              </label>
              <input id="invite-link" readOnly value={created.url} onFocus={(e) => e.target.select()} className={`${inputClasses} font-mono text-xs`} />
              <CopyButton value={created.url} size="md" />
            </div>
          </div>
        )}
        <div>
          <h3 className="mb-2 text-sm font-medium text-slate-700">Pending</h3>
          {invitations.isPending ? (
            <SkeletonRows rows={2} label="Loading invitations" />
          ) : invitations.isError ? (
            <Alert tone="error">{errorMessage(invitations.error)}</Alert>
          ) : invitations.data.length === 0 ? (
            <p className="flex items-center gap-2 rounded-lg bg-slate-50 px-3 py-3 text-sm text-slate-500">
              <MailIcon className="size-4" /> No pending invitations.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Pending invitations">
              {invitations.data.map((inv) => {
                const expired = new Date(inv.expiresAt).getTime() <= Date.now();
                return (
                  <li key={inv.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5 text-sm" data-testid="invitation-row">
                    <span className="min-w-0 flex-1 truncate">{inv.email ?? <span className="text-slate-500">Anyone with the link</span>}</span>
                    <Badge tone="gray" className="capitalize">{inv.role}</Badge>
                    {expired ? (
                      <Badge tone="amber">Expired</Badge>
                    ) : (
                      <span className="text-xs text-slate-500" suppressHydrationWarning>
                        expires {formatDateTime(inv.expiresAt, timezone)}
                      </span>
                    )}
                    <Button variant="ghost" size="sm" pending={revoke.isPending && revoke.variables === inv.id} onClick={() => revoke.mutate(inv.id)} aria-label={`Revoke invitation ${inv.email ?? 'link'} (${inv.role})`}>
                      Revoke
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
          {revoke.isError && <Alert tone="error" className="mt-2">{errorMessage(revoke.error)}</Alert>}
        </div>
      </CardBody>
    </Card>
  );
}
