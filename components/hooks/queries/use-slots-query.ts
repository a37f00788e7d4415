'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { VariantContent } from '@/lib/content';
import type { slotDetailSchema, slotPreviewSchema, slotSchema, variantSchema } from '@/lib/validations/slots';
import { apiFetch } from '../api-client';
import { refresh } from './refresh';

// The content UI's calls, typed by the response schemas the slot routes document.
export type SlotJson = z.infer<typeof slotSchema>;
export type SlotDetailJson = z.infer<typeof slotDetailSchema>;
export type VariantJson = z.infer<typeof variantSchema>;
export type VariantPreviewJson = z.infer<typeof slotPreviewSchema>['previews'][number];
type VariantInput = { name: string; segmentKey: string | null; content: VariantContent };

const slotsKey = (workspaceId: string) => ['slots', { workspaceId }] as const;
const slotKey = (slotId: string) => ['slot', { slotId }] as const;
const slotUrl = (slotId: string) => `/api/v1/slots/${encodeURIComponent(slotId)}`;

export function useSlotsQuery(workspaceId: string) {
  return useQuery({
    queryKey: slotsKey(workspaceId),
    queryFn: async () => (await apiFetch<{ slots: SlotJson[] }>('/api/v1/slots')).slots,
    enabled: !!workspaceId,
  });
}

export function useSlotQuery(slotId: string, initialData: SlotDetailJson) {
  return useQuery({
    queryKey: slotKey(slotId),
    queryFn: async () => (await apiFetch<{ slot: SlotDetailJson }>(slotUrl(slotId))).slot,
    initialData,
  });
}

export function useCreateSlot(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { key: string; name: string; treeId: string | null }) =>
      apiFetch<{ slot: SlotJson }>('/api/v1/slots', { method: 'POST', body: input }),
    onSuccess: () => refresh(client, slotsKey(workspaceId)),
  });
}

export function useDeleteSlot(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (slotId: string) => apiFetch<void>(slotUrl(slotId), { method: 'DELETE' }),
    onSuccess: () => refresh(client, slotsKey(workspaceId)),
  });
}

/** PATCH the slot itself (key, name, tree), then refetch it with its variants. */
export function useUpdateSlot(slotId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { key?: string; name?: string; treeId?: string | null }) =>
      apiFetch<{ slot: SlotJson }>(slotUrl(slotId), { method: 'PATCH', body: input }),
    onSuccess: () => Promise.all([refresh(client, slotKey(slotId)), client.invalidateQueries({ queryKey: ['slots'] })]),
  });
}

/** Creates (no `variantId`) or changes a variant; the slot is refetched so the cards show what is stored. */
export function useSaveVariant(slotId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ variantId, input }: { variantId?: string; input: VariantInput }) =>
      variantId
        ? apiFetch<{ variant: VariantJson }>(`${slotUrl(slotId)}/variants/${encodeURIComponent(variantId)}`, {
            method: 'PATCH',
            body: { name: input.name, content: input.content },
          })
        : apiFetch<{ variant: VariantJson }>(`${slotUrl(slotId)}/variants`, { method: 'POST', body: input }),
    // Also after a refusal: a 409 means someone else saved a variant for this segment; show it.
    onSettled: () => refresh(client, slotKey(slotId)),
  });
}

export function useDeleteVariant(slotId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variantId: string) => apiFetch<void>(`${slotUrl(slotId)}/variants/${encodeURIComponent(variantId)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(client, slotKey(slotId)),
  });
}

/**
 * Renders unsaved drafts for a sample member of each segment. The key holds the drafts, so a
 * new edit is a new query: react-query aborts the superseded fetch through the AbortSignal it
 * hands to fetch, and keeps the previous previews on screen until the new ones arrive.
 */
export function useSlotPreviewQuery(slotId: string, treeId: string | null, drafts: { segmentKey: string | null; content: VariantContent }[]) {
  return useQuery({
    queryKey: ['slot-preview', { slotId, treeId, drafts }],
    queryFn: async ({ signal }) =>
      (await apiFetch<{ previews: VariantPreviewJson[] }>(`${slotUrl(slotId)}/preview`, { method: 'POST', body: { variants: drafts }, signal })).previews,
    enabled: drafts.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}
