'use client';

import { useState } from 'react';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { type TreeListItem, useRenameTree } from '@/components/hooks/queries/use-trees-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { treeNameSchema } from '@/lib/validations/trees';

export function RenameTreeDialog({ workspaceId, tree, onClose }: { workspaceId: string; tree: TreeListItem; onClose: () => void }) {
  const rename = useRenameTree(workspaceId);
  const [name, setName] = useState(tree.name);
  const [error, setError] = useState<string>();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = treeNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    rename.mutate(
      { treeId: tree.id, name: parsed.data },
      { onSuccess: onClose, onError: (err) => err instanceof ApiClientError && setError(err.fieldErrors().name) },
    );
  };
  return (
    <Dialog open onClose={onClose} title="Rename tree">
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field id="rename-tree-name" label="Name" error={error}>
          <input id="rename-tree-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoFocus className={inputClasses} {...describedBy('rename-tree-name', error)} />
        </Field>
        {rename.isError && !error && <Alert tone="error">{errorMessage(rename.error)}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={rename.isPending}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
