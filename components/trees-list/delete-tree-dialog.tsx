'use client';

import { type TreeListItem, useDeleteTree } from '@/components/hooks/queries/use-trees-query';
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog';

/** Confirms, then deletes; a refusal (another tree or a slot uses the segments) shows the API's reason. */
export function DeleteTreeDialog({ workspaceId, tree, onClose }: { workspaceId: string; tree: TreeListItem; onClose: () => void }) {
  const remove = useDeleteTree(workspaceId);
  return (
    <ConfirmDeleteDialog
      title={`Delete “${tree.name}”?`}
      description={
        tree.publishedVersion === null
          ? 'The draft is deleted for good.'
          : `Its ${tree.publishedVersion} published version${tree.publishedVersion === 1 ? '' : 's'} and its segments are deleted with it; the evaluation API stops returning them.`
      }
      what="tree"
      error={remove.isError ? remove.error : null}
      pending={remove.isPending}
      onConfirm={() => remove.mutate(tree.id, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
