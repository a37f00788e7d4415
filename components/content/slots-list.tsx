'use client';

import Link from 'next/link';
import { useState } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import { type SlotJson, useSlotsQuery } from '@/components/hooks/queries/use-slots-query';
import { useTreesQuery } from '@/components/hooks/queries/use-trees-query';
import { useWorkspace } from '@/components/providers/workspace-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ContentIcon, PlusIcon, TrashIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { SkeletonRows } from '@/components/ui/skeleton';
import { RelativeTime } from '@/components/ui/time';
import { CreateSlotDialog } from './create-slot-dialog';
import { DeleteSlotDialog } from './delete-slot-dialog';
import { VIEWER_TITLE } from './read-only';
import { ExperimentLinks } from './slot-form';

export type SlotExperimentLink = { id: string; name: string };

const th = 'px-4 py-2.5 text-xs font-medium text-slate-500';

/** The slots of the workspace: key, tree, variants, experiments; create and delete for editors. */
export function SlotsList({
  canWrite,
  experiments,
  createForTree,
}: {
  canWrite: boolean;
  /** Experiments per slot id (server-loaded: they only change on the experiments pages). */
  experiments: Record<string, SlotExperimentLink[]>;
  /** Open the create dialog with this tree chosen (the trees list links here). */
  createForTree?: string;
}) {
  const { workspaceId, timezone } = useWorkspace();
  const slots = useSlotsQuery(workspaceId);
  const trees = useTreesQuery(workspaceId);
  const [creating, setCreating] = useState(canWrite && createForTree !== undefined);
  const [deleting, setDeleting] = useState<SlotJson | null>(null);
  const published = (trees.data ?? []).filter((t) => t.publishedVersion !== null);
  const treeName = (id: string | null) => (id ? (trees.data?.find((t) => t.id === id)?.name ?? '…') : null);

  const newButton = (
    <Button onClick={() => setCreating(true)} disabled={!canWrite || trees.isPending} title={canWrite ? undefined : VIEWER_TITLE}>
      <PlusIcon className="size-4" /> New slot
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Content"
        description="Slots are the places on your site that change per segment; variants are what each segment sees."
        actions={slots.data?.length ? newButton : undefined}
      />
      {slots.isPending ? (
        <SkeletonRows rows={3} label="Loading slots" />
      ) : slots.isError ? (
        <Alert tone="error">{errorMessage(slots.error)}</Alert>
      ) : slots.data.length === 0 ? (
        <EmptyState icon={<ContentIcon className="size-6" />} title="No content slots yet" actions={newButton}>
          Create a slot such as <code className="font-mono">home-hero</code>, pick a published tree and give each segment its own headline,
          image and call to action, with placeholders like <code className="font-mono">{'{{traits.firstName | "there"}}'}</code>.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Content slots</caption>
            <thead className="border-b border-slate-100 bg-slate-50/60">
              <tr>
                <th scope="col" className={th}>Slot</th>
                <th scope="col" className={th}>Tree</th>
                <th scope="col" className={`${th} text-right`}>Variants</th>
                <th scope="col" className={th}>Experiments</th>
                <th scope="col" className={th}>Changed</th>
                <th scope="col" className={th}><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {slots.data.map((slot) => (
                <tr key={slot.id} data-testid="slot-row" className="hover:bg-slate-50/60">
                  <td className="px-4 py-2.5">
                    <Link href={`/content/${slot.id}`} className="font-medium text-brand-700 hover:underline">
                      {slot.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-500">{slot.key}</div>
                  </td>
                  <td className="px-4 py-2.5 text-slate-700">
                    {slot.treeId ? (
                      <Link href={`/trees/${slot.treeId}`} className="hover:underline">{treeName(slot.treeId)}</Link>
                    ) : (
                      <span className="text-slate-400">None (default only)</span>
                    )}
                  </td>
                  <td className="px-4 py-2.5 text-right tabular-nums text-slate-700" data-testid="variant-count">{slot.variantCount}</td>
                  <td className="px-4 py-2.5 text-slate-700">
                    {experiments[slot.id]?.length ? <ExperimentLinks experiments={experiments[slot.id]} /> : <span className="text-slate-400">—</span>}
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap text-slate-600"><RelativeTime value={slot.updatedAt} timeZone={timezone} /></td>
                  <td className="px-4 py-2.5 text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Delete ${slot.name}`}
                      disabled={!canWrite}
                      title={canWrite ? `Delete ${slot.name}` : VIEWER_TITLE}
                      onClick={() => setDeleting(slot)}
                    >
                      <TrashIcon className="size-4" />
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && trees.data && (
        <CreateSlotDialog workspaceId={workspaceId} trees={published} initialTreeId={createForTree} onClose={() => setCreating(false)} />
      )}
      {deleting && (
        <DeleteSlotDialog
          workspaceId={workspaceId}
          slot={deleting}
          experimentCount={experiments[deleting.id]?.length ?? 0}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
