'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TreeDocument } from '@/lib/segments';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';

export interface Publisher {
  id: string;
  name: string | null;
  email: string;
}

export interface TreeListItem {
  id: string;
  name: string;
  description: string;
  status: 'draft' | 'published';
  publishedVersion: number | null;
  publishedAt: string | null;
  publishedBy: Publisher | null;
  unpublishedChanges: boolean;
  segments: { key: string; name: string; color: string; size: number }[] | null;
  segmentSizes: Record<string, number> | null;
  createdAt: string;
  updatedAt: string;
}

export interface TreeTemplateItem {
  key: string;
  name: string;
  description: string;
  segments: { key: string; name: string; color: string }[];
  document: TreeDocument;
}

type CreatedTree = { tree: TreeListItem & { document: TreeDocument } };

const treesKey = (workspaceId: string) => ['trees', { workspaceId }] as const;

export function useTreesQuery(workspaceId: string) {
  return useQuery({
    queryKey: treesKey(workspaceId),
    queryFn: async () => (await apiFetch<{ trees: TreeListItem[] }>('/api/v1/trees')).trees,
    enabled: !!workspaceId,
  });
}

export function useTreeTemplatesQuery(enabled: boolean) {
  return useQuery({
    queryKey: ['tree-templates'],
    queryFn: async () => (await apiFetch<{ templates: TreeTemplateItem[] }>('/api/v1/tree-templates')).templates,
    enabled,
    staleTime: Infinity, // templates ship with the app
  });
}

export function useCreateTree(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; template?: string }) => apiFetch<CreatedTree>('/api/v1/trees', { method: 'POST', body: input }),
    onSuccess: () => refresh(client, treesKey(workspaceId)),
  });
}

export function useDuplicateTree(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (treeId: string) => apiFetch<CreatedTree>(`/api/v1/trees/${encodeURIComponent(treeId)}/duplicate`, { method: 'POST' }),
    onSuccess: () => refresh(client, treesKey(workspaceId)),
  });
}

export function useRenameTree(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ treeId, name }: { treeId: string; name: string }) =>
      apiFetch<CreatedTree>(`/api/v1/trees/${encodeURIComponent(treeId)}`, { method: 'PUT', body: { name } }),
    onSuccess: (_data, { treeId }) => Promise.all([refresh(client, treesKey(workspaceId)), refresh(client, ['tree', { treeId }])]),
  });
}

export function useDeleteTree(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (treeId: string) => apiFetch<void>(`/api/v1/trees/${encodeURIComponent(treeId)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(client, treesKey(workspaceId)),
  });
}
