'use client';

import { useState } from 'react';
import type { TreeDocument } from '@/lib/segments';
import { useWorkspace } from '@/components/providers/workspace-context';
import { errorMessage } from '@/components/hooks/api-client';
import { type TreeVersionItem, useRestoreVersion, useTreeVersionsQuery } from '@/components/hooks/queries/use-tree-versions-query';
import { SegmentSizeBar } from '@/components/trees-list/segment-size-bar';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SkeletonRows } from '@/components/ui/skeleton';
import { RelativeTime } from '@/components/ui/time';

function versionSegments(v: TreeVersionItem) {
  return v.document.nodes.flatMap((n) =>
    n.type === 'segment' ? [{ key: n.data.key, name: n.data.name, color: n.data.color, size: v.segmentSizes[n.data.key] ?? 0 }] : [],
  );
}

/** Published versions, newest first; any of them can become the draft again (versions never change). */
/** `onRestored` receives the new draft (the version's document), so an open editor can reload it. */
export function VersionHistory({ treeId, onRestored }: { treeId: string; onRestored: (draft: TreeDocument) => void }) {
  const { timezone, role } = useWorkspace();
  const versions = useTreeVersionsQuery(treeId);
  const restore = useRestoreVersion(treeId);
  const [confirming, setConfirming] = useState<TreeVersionItem | null>(null);
  const canRestore = role !== 'viewer';

  if (versions.isPending) return <SkeletonRows rows={3} label="Loading versions" />;
  if (versions.isError) return <Alert tone="error">{errorMessage(versions.error)}</Alert>;
  if (versions.data.length === 0) return <p className="text-sm text-slate-500">Not published yet. Publishing makes version 1.</p>;

  return (
    <>
      <ol aria-label="Published versions" className="space-y-3">
        {versions.data.map((v, i) => (
          <li key={v.version} data-testid="tree-version" className="rounded-lg border border-slate-200 p-3">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-sm font-medium text-slate-900">
                  Version {v.version} {i === 0 && <Badge tone="green">Live</Badge>}
                </p>
                <p className="text-xs text-slate-500">
                  <RelativeTime value={v.publishedAt} timeZone={timezone} /> by {v.publishedBy ? v.publishedBy.name || v.publishedBy.email : 'an API key'}
                </p>
              </div>
              {canRestore && (
                <Button size="sm" variant="secondary" aria-label={`Restore version ${v.version}`} onClick={() => setConfirming(v)}>
                  Restore
                </Button>
              )}
            </div>
            <SegmentSizeBar segments={versionSegments(v)} className="mt-2" />
          </li>
        ))}
      </ol>
      {confirming && (
        <Dialog
          open
          onClose={() => {
            restore.reset();
            setConfirming(null);
          }}
          title={`Restore version ${confirming.version} as the draft?`}
          description="The draft is replaced by this version's tree. Published versions stay as they are; nothing goes live until you publish."
        >
          {restore.isError && <Alert tone="error" className="mb-4">{errorMessage(restore.error)}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button
              pending={restore.isPending}
              onClick={() =>
                restore.mutate(confirming.version, {
                  onSuccess: (res) => {
                    setConfirming(null);
                    onRestored(res.tree.document);
                  },
                })
              }
            >
              Restore version {confirming.version}
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
