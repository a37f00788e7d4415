'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceSettingsInput } from '@/lib/validations/workspace';
import { apiFetch } from '../api-client';

export interface WorkspaceSettingsData {
  id: string;
  name: string;
  requireOptIn: boolean;
  timezone: string;
  siteOrigins: string[];
  /** Segments smaller than this many profiles, or than this % of all profiles, get a warning. */
  minSegmentSize: number;
  minSegmentPercent: number;
  createdAt: string;
}

const key = (workspaceId: string) => ['workspace-settings', { workspaceId }] as const;

export function useWorkspaceSettingsQuery(workspaceId: string) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: async () => (await apiFetch<{ workspace: WorkspaceSettingsData }>('/api/v1/workspace/settings')).workspace,
    enabled: !!workspaceId,
  });
}

export function useUpdateWorkspaceSettings(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkspaceSettingsInput) =>
      apiFetch<{ workspace: WorkspaceSettingsData }>('/api/v1/workspace/settings', { method: 'PATCH', body: input }),
    onSuccess: (data) => client.setQueryData(key(workspaceId), data.workspace),
  });
}
