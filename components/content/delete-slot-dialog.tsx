'use client';

import { type SlotJson, useDeleteSlot } from '@/components/hooks/queries/use-slots-query';
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog';

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
    <ConfirmDeleteDialog
      title={`Delete “${slot.name}”?`}
      description={
        <>
          Its {plural(slot.variantCount, 'variant')}
          {experimentCount > 0 && <> and {plural(experimentCount, 'experiment')} (with their results)</>} are deleted with it. Your site
          then gets no content for <code className="font-mono">{slot.key}</code>.
        </>
      }
      what="slot"
      error={remove.isError ? remove.error : null}
      pending={remove.isPending}
      onConfirm={() => remove.mutate(slot.id, { onSuccess: onDeleted ?? onClose })}
      onClose={onClose}
    />
  );
}
