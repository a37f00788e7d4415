'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@/lib/auth/roles';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';

export interface Invitation {
  id: string;
  email: string | null;
  role: Role;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

const key = (workspaceId: string) => ['invitations', { workspaceId }] as const;

export function useInvitationsQuery(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: async () => (await apiFetch<{ invitations: Invitation[] }>('/api/v1/workspace/invitations')).invitations,
    enabled: !!workspaceId && enabled,
  });
}

export function useCreateInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email?: string; role: Role }) =>
      apiFetch<{ invitation: Invitation; token: string; url: string }>('/api/v1/workspace/invitations', { method: 'POST', body: input }),
    onSuccess: () => refresh(client, key(workspaceId)),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/workspace/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => refresh(client, key(workspaceId)),
  });
}
