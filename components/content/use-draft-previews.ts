'use client';

import { useMemo } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import { type VariantPreviewJson, useSlotPreviewQuery } from '@/components/hooks/queries/use-slots-query';
import type { VariantContent } from '@/lib/content';
import { useDebouncedValue } from './use-debounced-value';

const PREVIEW_DEBOUNCE_MS = 300;

/** One draft's preview as a card shows it: the last rendering, dimmed while a newer one is due. */
export type PreviewState = { result?: VariantPreviewJson; updating: boolean; error?: string };

type Draft = { segmentKey: string | null; content: VariantContent };

/**
 * Unsaved drafts rendered by the slot's preview route, one request for all, debounced while
 * the marketer types. `settled` are the drafts of the request `data` answers, in its order
 * (extra fields on a draft, such as its position in a form, stay on `settled` and are not sent).
 */
export function useDraftPreviews<D extends Draft>(slotId: string, treeId: string | null, drafts: D[], enabled: boolean) {
  const key = JSON.stringify(drafts);
  const settled = useDebouncedValue(drafts, key, PREVIEW_DEBOUNCE_MS);
  const request = useMemo(() => (enabled ? settled.value.map(({ segmentKey, content }) => ({ segmentKey, content })) : []), [enabled, settled.value]);
  const preview = useSlotPreviewQuery(slotId, treeId, request);
  return {
    settled: settled.value,
    data: preview.data,
    updating: settled.key !== key || preview.isFetching,
    error: preview.isError ? errorMessage(preview.error) : undefined,
  };
}
