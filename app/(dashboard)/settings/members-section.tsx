'use client';

import { useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { errorMessage } from '@/components/hooks/api-client';
import { useMembersQuery, useRemoveMember, useUpdateMemberRole, type Member } from '@/components/hooks/queries/use-members-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { formatDate } from '@/components/ui/format';
import { SkeletonRows } from '@/components/ui/skeleton';
import { ROLES, type Role } from '@/lib/auth/roles';
import { ROLE_HELP } from './role-help';

export function MembersSection({ canManage, currentUserId }: { canManage: boolean; currentUserId: string }) {
  const { workspaceId, timezone } = useWorkspace();
  const members = useMembersQuery(workspaceId);
  const updateRole = useUpdateMemberRole(workspaceId);
  const remove = useRemoveMember(workspaceId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const error = updateRole.error ?? remove.error;

  return (
    <Card aria-labelledby="members-title">
      <CardHeader
        id="members-title"
        title="Members"
        description={canManage ? 'Owners manage everything; editors build and import; viewers look.' : 'People with access to this workspace.'}
      />
      {error && (
        <div className="px-5 pt-4">
          <Alert tone="error">{errorMessage(error)}</Alert>
        </div>
      )}
      {members.isPending ? (
        <div className="px-5 py-4">
          <SkeletonRows rows={3} label="Loading members" />
        </div>
      ) : members.isError ? (
        <div className="px-5 py-4">
          <Alert tone="error">{errorMessage(members.error)}</Alert>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Members">
          {members.data.map((m) => {
            const label = m.user.name || m.user.email;
            return (
              <li key={m.id} className="flex flex-wrap items-center gap-3 px-5 py-3" data-testid="member-row">
                <span aria-hidden className="flex size-8 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">
                  {label.slice(0, 1).toUpperCase()}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium text-slate-900">
                    {label} {m.user.id === currentUserId && <span className="font-normal text-slate-500">(you)</span>}
                  </p>
                  <p className="truncate text-xs text-slate-500">
                    {m.user.name ? `${m.user.email} · ` : ''}joined {formatDate(m.createdAt, timezone)}
                  </p>
                </div>
                {canManage ? (
                  <>
                    <label className="sr-only" htmlFor={`role-${m.id}`}>
                      Role of {m.user.email}
                    </label>
                    <select
                      id={`role-${m.id}`}
                      value={m.role}
                      disabled={updateRole.isPending}
                      onChange={(e) => updateRole.mutate({ id: m.id, role: e.target.value as Role })}
                      className="rounded-lg border-0 bg-white py-1.5 pr-8 pl-2.5 text-sm capitalize shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
                      title={ROLE_HELP[m.role]}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                    <Button variant="ghost" size="sm" onClick={() => setRemoving(m)} aria-label={`Remove ${m.user.email}`}>
                      {m.user.id === currentUserId ? 'Leave' : 'Remove'}
                    </Button>
                  </>
                ) : (
                  <Badge tone={m.role === 'owner' ? 'brand' : 'gray'} className="capitalize" title={ROLE_HELP[m.role]}>
                    {m.role}
                  </Badge>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Dialog
        open={!!removing}
        onClose={() => setRemoving(null)}
        title={removing?.user.id === currentUserId ? 'Leave this workspace?' : 'Remove member?'}
        description={
          removing?.user.id === currentUserId
            ? 'You will lose access at once. Another owner can invite you back.'
            : `${removing?.user.email} will lose access at once. Their account stays; you can invite them again later.`
        }
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setRemoving(null)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            pending={remove.isPending}
            onClick={() =>
              removing &&
              remove.mutate(removing.id, {
                onSuccess: () => {
                  // Leaving means this page no longer belongs to us.
                  if (removing.user.id === currentUserId) window.location.assign('/trees');
                },
                onSettled: () => setRemoving(null),
              })
            }
          >
            {removing?.user.id === currentUserId ? 'Leave workspace' : 'Remove member'}
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
