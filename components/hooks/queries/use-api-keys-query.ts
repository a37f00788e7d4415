'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Scope } from '@/lib/auth/roles';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const key = (workspaceId: string) => ['api-keys', { workspaceId }] as const;

export function useApiKeysQuery(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: async () => (await apiFetch<{ apiKeys: ApiKeyRow[] }>('/api/v1/workspace/api-keys')).apiKeys,
    enabled: !!workspaceId && enabled,
  });
}

export function useCreateApiKey(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: Scope[] }) =>
      apiFetch<{ key: string; apiKey: ApiKeyRow }>('/api/v1/workspace/api-keys', { method: 'POST', body: input }),
    onSuccess: () => refresh(client, key(workspaceId)),
  });
}

export function useRevokeApiKey(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/workspace/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => refresh(client, key(workspaceId)),
  });
}
