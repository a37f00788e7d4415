'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, errorMessage } from '@/components/hooks/api-client';
import { refresh } from '@/components/hooks/queries/refresh';
import { usePublishTree, useTreeDiffQuery } from '@/components/hooks/queries/use-tree-diff-query';
import type { TreeVersionItem } from '@/components/hooks/queries/use-tree-versions-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatNumber } from '@/components/ui/format';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { TreeDocument } from '@/lib/segments';
import { MovementMatrix, topMoves } from './movement-matrix';
import { NodeChanges } from './node-changes';

/**
 * Publish with a diff against the last version: which nodes changed and how many profiles
 * move from which segment to which. With `document` (the editor's current draft) it is
 * compared and saved before publishing, so what was reviewed is what goes live.
 */
export function PublishDialog({
  treeId,
  document,
  open,
  onOpenChange,
  onPublished,
}: {
  treeId: string;
  document?: TreeDocument;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPublished: (version: TreeVersionItem) => void;
}) {
  const client = useQueryClient();
  const diff = useTreeDiffQuery(treeId, document, open);
  const publish = usePublishTree(treeId);
  const save = useMutation({
    mutationFn: (doc: TreeDocument) => apiFetch(`/api/v1/trees/${encodeURIComponent(treeId)}`, { method: 'PUT', body: { document: doc } }),
    onSuccess: () => refresh(client, ['tree', { treeId }]),
  });
  const close = () => {
    publish.reset();
    save.reset();
    onOpenChange(false);
  };
  const confirm = async () => {
    if (document) await save.mutateAsync(document);
    const version = await publish.mutateAsync();
    onPublished(version);
    close();
  };

  const data = diff.data;
  const nextVersion = (data?.base.version ?? 0) + 1;
  const moves = data ? topMoves(data.movement) : [];
  const busy = save.isPending || publish.isPending;
  const failure = save.error ?? publish.error;

  return (
    <Dialog
      open={open}
      onClose={close}
      title={data ? `Publish version ${nextVersion}` : 'Publish'}
      description={data ? (data.base.version === null ? 'The first version: every segment starts empty today.' : `Compared with version ${data.base.version}, live now.`) : 'Comparing the draft with the live version…'}
      className="max-w-4xl!"
    >
      {diff.isPending ? (
        <div className="space-y-2 py-4" role="status">
          <p className="text-sm text-slate-600">Counting who would move where…</p>
          <ProgressBar value={null} label="Comparing draft and live version" />
        </div>
      ) : diff.isError ? (
        <Alert tone="error" title="The draft cannot be compared">{errorMessage(diff.error)}</Alert>
      ) : !data ? null : (
        <div className="max-h-[65vh] space-y-5 overflow-y-auto pr-1">
          <section aria-labelledby="publish-moves">
            <h3 id="publish-moves" className="text-sm font-semibold text-slate-900">Who moves where</h3>
            <p className="mt-0.5 text-sm text-slate-600" data-testid="moved-summary">
              {data.movement.moved === 0
                ? 'Nobody changes segment.'
                : `${formatNumber(data.movement.moved)} of ${formatNumber(data.movement.total - data.movement.excludedNoConsent)} profiles change segment.`}
              {data.movement.excludedNoConsent > 0 && ` ${formatNumber(data.movement.excludedNoConsent)} without consent stay out of every segment.`}
            </p>
            {moves.length > 0 && (
              <ul className="mt-2 space-y-0.5 text-sm">
                {moves.map((m) => (
                  <li key={`${m.from.key}→${m.to.key}`}>
                    <strong className="tabular-nums">{formatNumber(m.count)}</strong> from {m.from.name} to {m.to.name}
                  </li>
                ))}
              </ul>
            )}
            <div className="mt-3">
              <MovementMatrix movement={data.movement} />
            </div>
          </section>
          <section aria-labelledby="publish-nodes">
            <h3 id="publish-nodes" className="mb-1.5 text-sm font-semibold text-slate-900">What changed in the tree</h3>
            <NodeChanges nodes={data.nodes} />
          </section>
        </div>
      )}
      {failure && (
        <Alert tone="error" title="Not published" className="mt-4">
          {errorMessage(failure)}
        </Alert>
      )}
      <div className="mt-5 flex items-center justify-end gap-2">
        {data && <span className="mr-auto text-xs text-slate-400">Counted in {Math.round(data.movement.tookMs)} ms</span>}
        <Button variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button onClick={() => void confirm().catch(() => undefined)} disabled={!data} pending={busy}>
          {data ? `Publish version ${nextVersion}` : 'Publish'}
        </Button>
      </div>
    </Dialog>
  );
}
