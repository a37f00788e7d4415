'use client';

import { useState } from 'react';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { useDeleteVariant, useSaveVariant } from '@/components/hooks/queries/use-slots-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { formatNumber } from '@/components/ui/format';
import { PlusIcon } from '@/components/ui/icons';
import { EMPTY_CONTENT, draftErrors, fieldErrors, sameDraft, type VariantDraft } from '@/lib/content-editor/variant-draft';
import { HeroPreview } from './hero-preview';
import { VIEWER_TITLE } from './read-only';
import type { PreviewState } from './use-draft-previews';
import { VariantFields } from './variant-fields';

export interface CardSegment {
  key: string | null;
  name: string;
  color?: string;
  /** Profiles in the segment at the tree's last publish. */
  size?: number;
}

/**
 * One segment's variant (or the default): add, edit, save, delete, and its live preview. Problems
 * the shared zod schema finds show while typing; the API's 422 issues land at the same fields.
 */
export function VariantCard({
  slotId,
  segment,
  draft,
  saved,
  preview,
  canWrite,
  onChange,
  onFieldFocus,
}: {
  slotId: string;
  segment: CardSegment;
  /** What the card shows: the saved variant, an edited copy, or undefined (no variant). */
  draft: VariantDraft | undefined;
  saved: VariantDraft | undefined;
  preview: PreviewState;
  canWrite: boolean;
  /** A new draft, or undefined to drop the edits (and show the saved variant again). */
  onChange: (draft: VariantDraft | undefined) => void;
  onFieldFocus: (el: HTMLInputElement | HTMLTextAreaElement, apply: (value: string) => void) => void;
}) {
  const save = useSaveVariant(slotId);
  const remove = useDeleteVariant(slotId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const testId = segment.key === null ? 'variant-card-default' : `variant-card-segment-${segment.key}`;
  const idPrefix = segment.key === null ? 'default' : `segment-${segment.key}`;

  const edit = (next: VariantDraft) => {
    save.reset();
    onChange(next);
  };
  const serverErrors = save.error instanceof ApiClientError ? fieldErrors(save.error.issues) : {};
  const clientErrors = draft ? draftErrors(draft) : {};
  const errors = { ...clientErrors, ...serverErrors };
  const problems = Object.keys(clientErrors).length;
  const dirty = draft !== undefined && (saved === undefined || !sameDraft(draft, saved));

  const submit = () => {
    if (!draft || problems > 0) return;
    const input = { name: draft.name.trim(), segmentKey: draft.segmentKey, content: draft.content };
    save.mutate({ variantId: draft.id, input }, { onSuccess: () => onChange(undefined) });
  };

  return (
    <Card data-testid={testId} aria-labelledby={`${idPrefix}-title`}>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <div className="flex min-w-0 items-center gap-2">
          {segment.color && <span className="size-3 shrink-0 rounded-full" style={{ backgroundColor: segment.color }} aria-hidden />}
          <h2 id={`${idPrefix}-title`} className="truncate text-base font-semibold text-slate-900">{segment.name}</h2>
          {segment.key !== null && <span className="font-mono text-xs text-slate-500">{segment.key}</span>}
          {segment.size !== undefined && <span className="text-xs text-slate-500">· {formatNumber(segment.size)} profile{segment.size === 1 ? '' : 's'} at last publish</span>}
        </div>
        <div data-testid="variant-status">
          {!draft ? (
            <Badge tone="gray">No variant</Badge>
          ) : !draft.id ? (
            <Badge tone="amber">Not saved yet</Badge>
          ) : dirty ? (
            <Badge tone="amber">Unsaved changes</Badge>
          ) : (
            <Badge tone="green">Saved</Badge>
          )}
        </div>
      </div>
      {!draft ? (
        <div className="flex flex-wrap items-center justify-between gap-3 px-5 py-4 text-sm text-slate-500">
          <span>{segment.key === null ? 'Visitors outside every segment see nothing in this slot yet.' : 'Visitors in this segment see the default variant.'}</span>
          <Button
            variant="secondary"
            size="sm"
            disabled={!canWrite}
            title={canWrite ? undefined : VIEWER_TITLE}
            onClick={() => onChange({ name: segment.key === null ? 'Default' : segment.name, segmentKey: segment.key, content: { ...EMPTY_CONTENT } })}
          >
            <PlusIcon className="size-4" /> Add variant
          </Button>
        </div>
      ) : (
        <div className="grid gap-5 px-5 py-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="space-y-3">
            <VariantFields idPrefix={idPrefix} draft={draft} errors={errors} disabled={!canWrite} onChange={edit} onFieldFocus={onFieldFocus} />
            {(errors[''] || (save.isError && !(save.error instanceof ApiClientError && save.error.issues.length > 0))) && (
              <Alert tone="error">{errors[''] ?? errorMessage(save.error)}</Alert>
            )}
            {remove.isError && <Alert tone="error">{errorMessage(remove.error)}</Alert>}
            <div className="flex flex-wrap items-center gap-2">
              <Button
                onClick={submit}
                pending={save.isPending}
                disabled={!canWrite || !dirty || problems > 0}
                title={!canWrite ? VIEWER_TITLE : problems > 0 ? 'Fix the problems shown at the fields first.' : undefined}
              >
                {draft.id ? 'Save changes' : 'Save variant'}
              </Button>
              {dirty && (
                <Button variant="ghost" onClick={() => { save.reset(); onChange(undefined); }} disabled={!canWrite}>
                  {draft.id ? 'Discard changes' : 'Cancel'}
                </Button>
              )}
              {draft.id && (
                <Button variant="ghost" className="ml-auto text-red-700" disabled={!canWrite} title={canWrite ? undefined : VIEWER_TITLE} onClick={() => setConfirmDelete(true)}>
                  Delete variant
                </Button>
              )}
            </div>
          </div>
          <PreviewPane segment={segment} preview={preview} blocked={problems > 0} />
        </div>
      )}
      {confirmDelete && draft?.id && (
        <Dialog
          open
          onClose={() => setConfirmDelete(false)}
          title={`Delete the variant “${saved?.name ?? draft.name}”?`}
          description={segment.key === null ? 'Visitors outside every segment then see nothing in this slot.' : `Visitors in ${segment.name} then see the default variant.`}
        >
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirmDelete(false)}>Cancel</Button>
            <Button
              variant="danger"
              pending={remove.isPending}
              onClick={() => remove.mutate(draft.id!, { onSuccess: () => { setConfirmDelete(false); onChange(undefined); } })}
            >
              Delete variant
            </Button>
          </div>
        </Dialog>
      )}
    </Card>
  );
}

/** "as user-42, VIP": the member the API rendered the draft for, or why there is none. Also shows an experiment arm's own content. */
export function PreviewPane({ segment, preview, blocked }: { segment: CardSegment; preview: PreviewState; blocked: boolean }) {
  const { result, updating, error } = preview;
  const who = !result
    ? null
    : result.sample
      ? `as ${result.sample.externalId}, ${result.segmentName ?? segment.name}`
      : segment.key === null
        ? 'as an anonymous visitor (fallbacks)'
        : 'no member in this segment yet: fallbacks shown';
  return (
    <div aria-live="polite" className="min-w-0">
      <div className="mb-2 flex items-center justify-between gap-2 text-xs text-slate-500">
        <span>
          Preview {who && <span data-testid="preview-sample" className="font-medium text-slate-700">{who}</span>}
        </span>
        {updating && !blocked && <span data-testid="preview-updating" className="text-slate-400">Updating…</span>}
      </div>
      {blocked ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-500">Fix the problems at the fields to see the preview.</p>
      ) : error ? (
        <Alert tone="error">{error}</Alert>
      ) : result ? (
        <div className={updating ? 'opacity-60 transition-opacity' : undefined}>
          <HeroPreview content={result.content} />
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-500">Rendering…</p>
      )}
    </div>
  );
}
