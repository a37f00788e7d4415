'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';

export interface TimelineEventData {
  id: number;
  name: string;
  timestamp: string;
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
  messageId: string | null;
  receivedAt: string;
}

interface Page {
  events: TimelineEventData[];
  nextCursor: number | null;
}

/** A profile's timeline, newest first, one page of 25 at a time. */
export function useProfileEventsQuery(workspaceId: string, externalId: string) {
  return useInfiniteQuery({
    queryKey: ['profile-events', { workspaceId, externalId }],
    queryFn: ({ pageParam }) =>
      apiFetch<Page>(
        `/api/v1/profiles/${encodeURIComponent(externalId)}/events?limit=25${pageParam ? `&cursor=${pageParam}` : ''}`,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: !!workspaceId,
  });
}
