'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { errorMessage } from '@/components/hooks/api-client';
import { type TreeListItem, useDuplicateTree, useTreesQuery } from '@/components/hooks/queries/use-trees-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PlusIcon, TreeIcon } from '@/components/ui/icons';
import { Menu, menuItemClasses } from '@/components/ui/menu';
import { PageHeader } from '@/components/ui/page-header';
import { SkeletonRows } from '@/components/ui/skeleton';
import { RelativeTime } from '@/components/ui/time';
import { CreateTreeDialog } from './create-tree-dialog';
import { DeleteTreeDialog } from './delete-tree-dialog';
import { RenameTreeDialog } from './rename-tree-dialog';
import { SegmentSizeBar } from './segment-size-bar';
import { TreeStatus } from './tree-status';

type Pending = { kind: 'rename' | 'delete'; tree: TreeListItem } | null;

export function TreesList({ canEdit }: { canEdit: boolean }) {
  const { workspaceId, timezone } = useWorkspace();
  const trees = useTreesQuery(workspaceId);
  const duplicate = useDuplicateTree(workspaceId);
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending>(null);

  const newButton = canEdit && (
    <Button onClick={() => setCreating(true)}>
      <PlusIcon className="size-4" /> New tree
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Trees"
        description="Segmentation trees split your audience step by step; their leaves are the segments you personalise."
        actions={newButton}
      />
      {duplicate.isError && (
        <Alert tone="error" className="mb-4">
          {errorMessage(duplicate.error)}
        </Alert>
      )}
      {trees.isPending ? (
        <SkeletonRows rows={4} label="Loading trees" />
      ) : trees.isError ? (
        <Alert tone="error">{errorMessage(trees.error)}</Alert>
      ) : trees.data.length === 0 ? (
        <EmptyState icon={<TreeIcon className="size-6" />} title="No segmentation trees yet" actions={newButton}>
          Start blank or from a template (RFM tiers, lifecycle, device × engagement) and see how many profiles reach every node while you edit.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Trees</caption>
            <thead className="border-b border-slate-100 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-5 py-2.5 font-medium">Name</th>
                <th scope="col" className="px-3 py-2.5 font-medium">Status</th>
                <th scope="col" className="px-3 py-2.5 font-medium">Last published</th>
                <th scope="col" className="w-64 px-3 py-2.5 font-medium">Segments at last publish</th>
                <th scope="col" className="px-5 py-2.5"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {trees.data.map((tree) => (
                <tr key={tree.id} data-testid="tree-row" className="align-top hover:bg-slate-50/60">
                  <td className="px-5 py-3">
                    <Link href={`/trees/${tree.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {tree.name}
                    </Link>
                    {tree.description && <p className="mt-0.5 line-clamp-1 max-w-md text-xs text-slate-500">{tree.description}</p>}
                    <p className="mt-0.5 text-xs text-slate-400">
                      Edited <RelativeTime value={tree.updatedAt} timeZone={timezone} />
                    </p>
                  </td>
                  <td className="px-3 py-3">
                    <TreeStatus publishedVersion={tree.publishedVersion} unpublishedChanges={tree.unpublishedChanges} />
                  </td>
                  <td className="px-3 py-3 text-slate-600">
                    {tree.publishedAt ? (
                      <>
                        <RelativeTime value={tree.publishedAt} timeZone={timezone} />
                        <p className="text-xs text-slate-500">by {tree.publishedBy ? tree.publishedBy.name || tree.publishedBy.email : 'an API key'}</p>
                      </>
                    ) : (
                      <span className="text-slate-400">Not yet</span>
                    )}
                  </td>
                  <td className="px-3 py-3">
                    {tree.segments ? <SegmentSizeBar segments={tree.segments} /> : <span className="text-xs text-slate-400">Publish to see sizes</span>}
                  </td>
                  <td className="px-5 py-3 text-right">
                    {canEdit && (
                      <Menu
                        label={`Actions for ${tree.name}`}
                        align="end"
                        trigger={<span aria-hidden>⋯</span>}
                        triggerClassName="rounded-md px-2 py-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
                      >
                        {(close) => (
                          <>
                            <Link role="menuitem" href={`/trees/${tree.id}`} className={menuItemClasses}>
                              Open in editor
                            </Link>
                            {tree.publishedVersion !== null && (
                              <Link role="menuitem" href={`/content?tree=${tree.id}`} className={menuItemClasses}>
                                New content slot
                              </Link>
                            )}
                            <button role="menuitem" className={menuItemClasses} onClick={() => { close(); setPending({ kind: 'rename', tree }); }}>
                              Rename
                            </button>
                            <button role="menuitem" className={menuItemClasses} onClick={() => { close(); duplicate.mutate(tree.id); }}>
                              Duplicate
                            </button>
                            <button role="menuitem" className={`${menuItemClasses} text-red-700`} onClick={() => { close(); setPending({ kind: 'delete', tree }); }}>
                              Delete
                            </button>
                          </>
                        )}
                      </Menu>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {duplicate.isPending && <p role="status" className="border-t border-slate-100 px-5 py-2 text-xs text-slate-500">Duplicating…</p>}
        </div>
      )}
      <CreateTreeDialog workspaceId={workspaceId} open={creating} onClose={() => setCreating(false)} />
      {pending?.kind === 'rename' && <RenameTreeDialog workspaceId={workspaceId} tree={pending.tree} onClose={() => setPending(null)} />}
      {pending?.kind === 'delete' && <DeleteTreeDialog workspaceId={workspaceId} tree={pending.tree} onClose={() => setPending(null)} />}
    </>
  );
}
