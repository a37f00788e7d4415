'use client';

import { errorMessage } from '@/components/hooks/api-client';
import { type TreeListItem, useDeleteTree } from '@/components/hooks/queries/use-trees-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** Confirms, then deletes; a refusal (another tree or a slot uses the segments) shows the API's reason. */
export function DeleteTreeDialog({ workspaceId, tree, onClose }: { workspaceId: string; tree: TreeListItem; onClose: () => void }) {
  const remove = useDeleteTree(workspaceId);
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Delete “${tree.name}”?`}
      description={
        tree.publishedVersion === null
          ? 'The draft is deleted for good.'
          : `Its ${tree.publishedVersion} published version${tree.publishedVersion === 1 ? '' : 's'} and its segments are deleted with it; the evaluation API stops returning them.`
      }
    >
      {remove.isError && (
        <Alert tone="error" title="The tree was not deleted" className="mb-4">
          {errorMessage(remove.error)}
        </Alert>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate(tree.id, { onSuccess: onClose })}>
          Delete tree
        </Button>
      </div>
    </Dialog>
  );
}
