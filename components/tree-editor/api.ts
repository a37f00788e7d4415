import type { z } from 'zod';
import { apiFetch, ApiClientError, type ClientIssue } from '@/components/hooks/api-client';
import type { TreeDocument } from '@/lib/segments';
import type { PreviewCounts } from '@/lib/tree-graph/counts';
import type { SchemaResponse } from '@/lib/condition-editor/schema-response';
import type { previewResponseSchema, treeDetailSchema } from '@/lib/validations/trees';

// The editor's calls to the API, typed by the response schemas the routes document.
export type TreeDetail = z.infer<typeof treeDetailSchema>;
export type PreviewResponse = z.infer<typeof previewResponseSchema> & PreviewCounts;
export type { SchemaResponse };
export type IssueWithNode = ClientIssue & { nodeId?: string };


export function saveTree(treeId: string, body: { document?: TreeDocument; name?: string }): Promise<{ tree: TreeDetail }> {
  return apiFetch(`/api/v1/trees/${encodeURIComponent(treeId)}`, { method: 'PUT', body });
}

/** The last save while the page is being left: keepalive lets it finish after the page is gone. */
export function saveTreeOnExit(treeId: string, document: TreeDocument): void {
  void fetch(`/api/v1/trees/${encodeURIComponent(treeId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ document }),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}

/** POST /api/v1/preview with an AbortSignal, so a superseded preview stops at once. */
export async function previewTree(treeId: string, tree: TreeDocument, signal?: AbortSignal): Promise<PreviewResponse> {
  const res = await fetch('/api/v1/preview', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ tree, treeId }),
    credentials: 'same-origin',
    signal,
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const error = body?.error ?? {};
    throw new ApiClientError(res.status, error.code ?? 'http_error', error.message ?? `Preview failed (${res.status}).`, error.issues);
  }
  return body as PreviewResponse;
}

export function issuesOf(error: unknown): IssueWithNode[] {
  return error instanceof ApiClientError ? (error.issues as IssueWithNode[]) : [];
}

/** What the pickers see before GET /api/v1/schema answers (or when it fails). */
export const EMPTY_SCHEMA: SchemaResponse = { sampled: { profiles: 0, events: 0 }, traits: [], context: [], events: [] };
