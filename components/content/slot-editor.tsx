'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { type SlotDetailJson, type VariantJson, useSlotQuery } from '@/components/hooks/queries/use-slots-query';
import { useTreesQuery } from '@/components/hooks/queries/use-trees-query';
import { useWorkspace } from '@/components/providers/workspace-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ArrowLeftIcon, TrashIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { variantContentSchema } from '@/lib/content';
import type { VariantDraft } from '@/lib/content-editor/variant-draft';
import { DeleteSlotDialog } from './delete-slot-dialog';
import { OrphanVariants } from './orphan-variants';
import { PlaceholderHelp, usePlaceholderTarget } from './placeholder-help';
import { VIEWER_TITLE } from './read-only';
import { ExperimentLinks } from './slot-form';
import { SlotSettings } from './slot-settings';
import type { SlotExperimentLink } from './slots-list';
import { type PreviewState, useDraftPreviews } from './use-draft-previews';
import { type CardSegment, VariantCard } from './variant-card';

const cardKey = (segmentKey: string | null) => segmentKey ?? '';
const toDraft = (v: VariantJson): VariantDraft => ({ id: v.id, name: v.name, segmentKey: v.segmentKey, content: v.content });

/**
 * The slot editor: one card per segment of the slot's tree (tree order) and the default, each
 * with its own save, and a live preview of the unsaved drafts for a sample member of each
 * segment. Edits live here (not in the cards) so the preview sees all of them at once.
 */
export function SlotEditor({ initial, experiments, canWrite }: { initial: SlotDetailJson; experiments: SlotExperimentLink[]; canWrite: boolean }) {
  const router = useRouter();
  const { workspaceId } = useWorkspace();
  const slot = useSlotQuery(initial.id, initial).data;
  const trees = useTreesQuery(workspaceId);
  const [edits, setEdits] = useState<Record<string, VariantDraft>>({});
  const [deleting, setDeleting] = useState(false);
  const placeholders = usePlaceholderTarget();

  const published = useMemo(() => (trees.data ?? []).filter((t) => t.publishedVersion !== null), [trees.data]);
  const tree = published.find((t) => t.id === slot.treeId);
  const segments: CardSegment[] = useMemo(
    () => [...(tree?.segments ?? []).map((s) => ({ key: s.key, name: s.name, color: s.color, size: s.size })), { key: null, name: 'Everyone else (default)' }],
    [tree],
  );
  const saved = useMemo(() => new Map(slot.variants.map((v) => [cardKey(v.segmentKey), toDraft(v)])), [slot.variants]);
  const shown = (key: string | null) => edits[cardKey(key)] ?? saved.get(cardKey(key));
  const inTree = new Set(segments.map((s) => cardKey(s.key)));
  const orphans = slot.variants.filter((v) => !inTree.has(cardKey(v.segmentKey)));

  // Only drafts the API would accept are previewed: one faulty field would refuse the whole request.
  const drafts = segments.flatMap((s) => {
    const d = shown(s.key);
    return d && variantContentSchema.safeParse(d.content).success ? [{ segmentKey: s.key, content: d.content }] : [];
  });
  const preview = useDraftPreviews(slot.id, slot.treeId, drafts, !trees.isPending);
  const previewFor = (key: string | null): PreviewState => ({ result: preview.data?.find((p) => p.segmentKey === key), updating: preview.updating, error: preview.error });

  const change = (key: string | null, draft: VariantDraft | undefined) =>
    setEdits((all) => {
      const next = { ...all };
      if (draft) next[cardKey(key)] = draft;
      else delete next[cardKey(key)];
      return next;
    });

  return (
    <>
      <Link href="/content" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ArrowLeftIcon className="size-4" /> Content
      </Link>
      <PageHeader
        title={<span className="flex items-center gap-3">{slot.name} {!canWrite && <Badge tone="blue" data-testid="read-only-badge">View only</Badge>}</span>}
        description={
          <>
            <span className="font-mono text-xs">{slot.key}</span>
            {experiments.length > 0 && (
              <span className="ml-3 text-xs">
                Experiments: <ExperimentLinks experiments={experiments} />
              </span>
            )}
          </>
        }
        actions={
          <Button variant="secondary" disabled={!canWrite} title={canWrite ? undefined : VIEWER_TITLE} onClick={() => setDeleting(true)}>
            <TrashIcon className="size-4" /> Delete slot
          </Button>
        }
      />
      {trees.isPending ? (
        <SkeletonRows rows={4} label="Loading the slot’s tree" />
      ) : (
        <>
          <SlotSettings key={`${slot.key}|${slot.name}|${slot.treeId}`} slot={slot} trees={published} canWrite={canWrite} />
          <PlaceholderHelp disabled={!canWrite || !placeholders.hasTarget} onInsert={placeholders.insert} />
          <div className="mb-3 flex items-center justify-between gap-3">
            <h2 className="text-base font-semibold text-slate-900">
              Variants {tree ? <span className="font-normal text-slate-500">for the segments of “{tree.name}”</span> : <span className="font-normal text-slate-500">(no tree: only the default is served)</span>}
            </h2>
            <span data-testid="preview-status" data-state={preview.error !== undefined ? 'error' : preview.updating ? 'loading' : 'fresh'} className="flex items-center gap-1.5 text-xs text-slate-500">
              {preview.updating ? <><Spinner className="size-3.5" /> Rendering previews…</> : preview.error !== undefined ? 'Preview failed' : drafts.length ? 'Previews up to date' : null}
            </span>
          </div>
          <div className="space-y-4">
            {segments.map((s) => (
              <VariantCard
                key={cardKey(s.key)}
                slotId={slot.id}
                segment={s}
                draft={shown(s.key)}
                saved={saved.get(cardKey(s.key))}
                preview={previewFor(s.key)}
                canWrite={canWrite}
                onChange={(d) => change(s.key, d)}
                onFieldFocus={placeholders.onFieldFocus}
              />
            ))}
          </div>
          {orphans.length > 0 && <OrphanVariants slotId={slot.id} variants={orphans} canWrite={canWrite} />}
        </>
      )}
      {deleting && (
        <DeleteSlotDialog
          workspaceId={workspaceId}
          slot={{ ...slot, variantCount: slot.variants.length }}
          experimentCount={experiments.length}
          onClose={() => setDeleting(false)}
          onDeleted={() => router.push('/content')}
        />
      )}
    </>
  );
}
