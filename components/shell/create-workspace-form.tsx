'use client';

import { useActionState } from 'react';
import { createWorkspaceAction, type CreateWorkspaceState } from '@/app/(dashboard)/actions';
import { Button } from '@/components/ui/button';
import { describedBy, Field, inputClasses } from '@/components/ui/field';

export function CreateWorkspaceForm({ onCancel }: { onCancel?: () => void }) {
  const [state, action, pending] = useActionState<CreateWorkspaceState, FormData>(createWorkspaceAction, {});
  return (
    <form action={action} className="space-y-4">
      <Field id="new-workspace-name" label="Workspace name" error={state.error}>
        <input
          id="new-workspace-name"
          name="name"
          required
          maxLength={100}
          defaultValue={state.name}
          placeholder="Acme Marketing"
          className={inputClasses}
          {...describedBy('new-workspace-name', state.error)}
        />
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" pending={pending}>
          Create workspace
        </Button>
      </div>
    </form>
  );
}
