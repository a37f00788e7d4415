'use client';

import { errorMessage } from '@/components/hooks/api-client';
import { type SlotJson, useDeleteSlot } from '@/components/hooks/queries/use-slots-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** Confirms first: the slot goes with its variants and its experiments, and the site stops getting content for the key. */
export function DeleteSlotDialog({
  workspaceId,
  slot,
  experimentCount,
  onClose,
  onDeleted,
}: {
  workspaceId: string;
  slot: Pick<SlotJson, 'id' | 'key' | 'name' | 'variantCount'>;
  experimentCount: number;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const remove = useDeleteSlot(workspaceId);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Delete “${slot.name}”?`}
      description={
        <>
          Its {plural(slot.variantCount, 'variant')}
          {experimentCount > 0 && <> and {plural(experimentCount, 'experiment')} (with their results)</>} are deleted with it. Your site
          then gets no content for <code className="font-mono">{slot.key}</code>.
        </>
      }
    >
      {remove.isError && (
        <Alert tone="error" title="The slot was not deleted" className="mb-4">
          {errorMessage(remove.error)}
        </Alert>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate(slot.id, { onSuccess: onDeleted ?? onClose })}>
          Delete slot
        </Button>
      </div>
    </Dialog>
  );
}
