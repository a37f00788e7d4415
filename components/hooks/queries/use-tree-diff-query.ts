'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TreeDocument } from '@/lib/segments';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';
import { type TreeVersionItem, treeVersionsKey } from './use-tree-versions-query';

export interface MovementSide {
  key: string | null;
  name: string;
  color: string;
  count: number;
}

export interface NodeRef {
  nodeId: string;
  kind: 'root' | 'split' | 'switch' | 'segment';
  label: string;
}

export interface TreeDiffData {
  base: { version: number | null };
  nodes: {
    added: NodeRef[];
    removed: NodeRef[];
    changed: (NodeRef & { changes: { what: string; before: string; after: string }[] })[];
    unchanged: number;
  };
  movement: {
    from: MovementSide[];
    to: MovementSide[];
    counts: number[][];
    moved: number;
    total: number;
    excludedNoConsent: number;
    asOf: string;
    tookMs: number;
    engine: 'index' | 'sql';
  };
}

/** The diff of `document` (or the saved draft) against the last version; runs while `enabled`. */
export function useTreeDiffQuery(treeId: string, document: TreeDocument | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['tree-diff', { treeId, document }],
    queryFn: () => apiFetch<TreeDiffData>(`/api/v1/trees/${encodeURIComponent(treeId)}/diff`, { method: 'POST', body: document ? { document } : {} }),
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
