'use client';

import type { ReactNode } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

/** "Delete X?": what goes with it, the API's reason when it refuses, Cancel and a danger button. */
export function ConfirmDeleteDialog({
  title,
  description,
  what,
  error,
  pending,
  onConfirm,
  onClose,
}: {
  title: string;
  description: ReactNode;
  /** The thing, as in "Delete slot" and "The slot was not deleted". */
  what: string;
  error: unknown;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open onClose={onClose} title={title} description={description}>
      {error != null && (
        <Alert tone="error" title={`The ${what} was not deleted`} className="mb-4">
          {errorMessage(error)}
        </Alert>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" pending={pending} onClick={onConfirm}>
          Delete {what}
        </Button>
      </div>
    </Dialog>
  );
}
