'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@/lib/auth/roles';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';

export interface Member {
  id: string;
  role: Role;
  createdAt: string;
  user: { id: string; email: string; name: string | null };
}

const key = (workspaceId: string) => ['members', { workspaceId }] as const;

export function useMembersQuery(workspaceId: string) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: async () => (await apiFetch<{ members: Member[] }>('/api/v1/workspace/members')).members,
    enabled: !!workspaceId,
  });
}

export function useUpdateMemberRole(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) =>
      apiFetch<{ member: Member }>(`/api/v1/workspace/members/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } }),
    onSettled: () => refresh(client, key(workspaceId)),
  });
}

export function useRemoveMember(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/workspace/members/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => refresh(client, key(workspaceId)),
  });
}
