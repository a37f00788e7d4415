'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/components/hooks/api-client';
import { useWorkspace } from '@/components/providers/workspace-context';
import type { SchemaResponse } from '@/lib/condition-editor/schema-response';
import { type SegmentOption, type TreeSummaryJson, publishedSegments } from '@/lib/condition-editor/segment-options';

// Discovery is a sample of recent data: it changes slowly, so one fetch serves every
// condition panel for a few minutes.
const FIVE_MINUTES = 5 * 60_000;

export function useWorkspaceSchema(): UseQueryResult<SchemaResponse> {
  const { workspaceId } = useWorkspace();
  return useQuery({
    queryKey: ['schema', { workspaceId }],
    queryFn: () => apiFetch<SchemaResponse>('/api/v1/schema'),
    enabled: !!workspaceId,
    staleTime: FIVE_MINUTES,
  });
}

/** Segments of published trees, for `segment` conditions (not those of `excludeTreeId`). Its own
 *  key under ['trees', …] so invalidating the trees list refreshes it too. */
export function usePublishedSegments(excludeTreeId?: string): SegmentOption[] {
  const { workspaceId } = useWorkspace();
  const query = useQuery({
    queryKey: ['trees', { workspaceId }, 'published-segments'],
    queryFn: async () => (await apiFetch<{ trees: TreeSummaryJson[] }>('/api/v1/trees')).trees,
    enabled: !!workspaceId,
  });
  return publishedSegments(query.data ?? [], excludeTreeId);
}
