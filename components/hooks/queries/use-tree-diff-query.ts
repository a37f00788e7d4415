'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TreeDocument } from '@/lib/segments';
import type { TreeDiff } from '@/lib/audience/diff-tree';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';
import { type TreeVersionItem, treeVersionsKey } from './use-tree-versions-query';

// The route's answer, typed once on the server (a type-only import: no server code ships).
export type { MovementSide, TreeDiff as TreeDiffData } from '@/lib/audience/diff-tree';

/** The diff of `document` (or the saved draft) against the last version; runs while `enabled`. */
export function useTreeDiffQuery(treeId: string, document: TreeDocument | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['tree-diff', { treeId, document }],
    queryFn: () => apiFetch<TreeDiff>(`/api/v1/trees/${encodeURIComponent(treeId)}/diff`, { method: 'POST', body: document ? { document } : {} }),
    enabled: enabled && !!treeId,
    staleTime: 0,
    gcTime: 0,
  });
}

export function usePublishTree(treeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      (await apiFetch<{ version: TreeVersionItem & { tookMs: number } }>(`/api/v1/trees/${encodeURIComponent(treeId)}/publish`, { method: 'POST' })).version,
    onSuccess: () => Promise.all([refresh(client, treeVersionsKey(treeId)), refresh(client, ['tree', { treeId }]), refresh(client, ['trees'])]),
  });
}
