'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TreeDocument } from '@/lib/segments';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';
import type { Publisher } from './use-trees-query';

export interface TreeVersionItem {
  version: number;
  publishedAt: string;
  publishedById: string | null;
  publishedBy: Publisher | null;
  segmentSizes: Record<string, number>;
  document: TreeDocument;
}

export const treeVersionsKey = (treeId: string) => ['tree-versions', { treeId }] as const;

export function useTreeVersionsQuery(treeId: string) {
  return useQuery({
    queryKey: treeVersionsKey(treeId),
    queryFn: async () => (await apiFetch<{ versions: TreeVersionItem[] }>(`/api/v1/trees/${encodeURIComponent(treeId)}/versions`)).versions,
    enabled: !!treeId,
  });
}

/** The draft becomes a copy of `version`; the tree's own query refetches (key ['tree', {treeId}]). */
export function useRestoreVersion(treeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiFetch<{ tree: { document: TreeDocument } }>(`/api/v1/trees/${encodeURIComponent(treeId)}/versions/${version}/restore`, { method: 'POST' }),
    onSuccess: () => Promise.all([refresh(client, ['tree', { treeId }]), refresh(client, ['trees'])]),
  });
}
