'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { type TreeDocument, validateTree } from '@/lib/segments';
import { countingKey } from '@/lib/tree-graph/semantic-key';
import { issuesOf, type IssueWithNode, previewTree, type PreviewResponse } from './api';
import { useLeadingDebounce } from './use-leading-debounce';

const PREVIEW_DEBOUNCE_MS = 250;

interface LivePreview {
  /** The last counts received, possibly for an earlier draft (see `stale`). */
  counts?: PreviewResponse;
  /** The counts shown are not for the draft on screen: a preview is pending or running. */
  stale: boolean;
  counting: boolean;
  /** The server refused to count the draft (422 issues name the nodes), or failed. */
  error?: { message: string; issues: IssueWithNode[] };
  /** The draft has errors: the server is not asked until they are fixed. */
  blocked: boolean;
}

/**
 * Counts the draft on every edit: debounced, only when the parts that decide counts change
 * (not on a drag), cached per draft (undo shows earlier counts at once), and superseded
 * requests are aborted (react-query cancels a query nobody observes any more, through the
 * AbortSignal the fetch uses).
 */
export function useLivePreview(treeId: string, doc: TreeDocument): LivePreview {
  const key = useMemo(() => countingKey(doc), [doc]);
  const settledDoc = useLeadingDebounce(doc, PREVIEW_DEBOUNCE_MS);
  const settledKey = useMemo(() => countingKey(settledDoc), [settledDoc]);
  const blocked = useMemo(() => validateTree(settledDoc).errors.length > 0, [settledDoc]);
  const query = useQuery({
    queryKey: ['preview', { treeId, key: settledKey }],
    queryFn: ({ signal }) => previewTree(treeId, settledDoc, signal),
    enabled: !blocked,
    staleTime: 30_000,
    gcTime: 120_000,
    retry: false,
  });
  const [shown, setShown] = useState<{ key: string; counts: PreviewResponse } | undefined>();
  useEffect(() => {
    if (query.data) setShown({ key: settledKey, counts: query.data });
  }, [query.data, settledKey]);
  const current = query.data && settledKey === key ? { key, counts: query.data } : shown;
  const error = query.error && settledKey === key ? { message: query.error.message, issues: issuesOf(query.error) } : undefined;
  return {
    counts: current?.counts,
    stale: current?.key !== key,
    counting: query.isFetching || (settledKey !== key && !blocked),
    error,
    blocked,
  };
}
