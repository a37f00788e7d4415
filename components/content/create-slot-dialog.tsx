'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { slugify } from '@/components/experiments/form-draft';
import { errorMessage } from '@/components/hooks/api-client';
import { useCreateSlot } from '@/components/hooks/queries/use-slots-query';
import type { TreeListItem } from '@/components/hooks/queries/use-trees-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { createSlotSchema } from '@/lib/validations/slots';
import { type SlotFormErrors, slotApiErrors, slotIssues } from './slot-form';
import { TreeSelect } from './tree-select';


/** New slot: name, key (suggested from the name until typed), published tree; then into its editor. */
export function CreateSlotDialog({
  workspaceId,
  trees,
  initialTreeId,
  onClose,
}: {
  workspaceId: string;
  trees: TreeListItem[];
  initialTreeId?: string;
  onClose: () => void;
}) {
  const router = useRouter();
  const create = useCreateSlot(workspaceId);
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyTouched, setKeyTouched] = useState(false);
  const [treeId, setTreeId] = useState(initialTreeId ?? trees[0]?.id ?? '');
  const [errors, setErrors] = useState<SlotFormErrors>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = createSlotSchema.safeParse({ key, name, treeId: treeId || null });
    if (!parsed.success) return setErrors(slotIssues(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: ({ slot }) => router.push(`/content/${slot.id}`),
      onError: (err) => setErrors(slotApiErrors(err)),
    });
  };

  return (
    <Dialog open onClose={onClose} title="New content slot" description="A slot is a place on your site whose content changes per segment, such as the home page hero.">
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field id="slot-name" label="Name" error={errors.name}>
          <input
            id="slot-name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (!keyTouched) setKey(slugify(e.target.value));
            }}
            placeholder="Home page hero"
            maxLength={100}
            className={inputClasses}
            {...describedBy('slot-name', errors.name)}
          />
        </Field>
        <Field id="slot-key" label="Key" hint="What your site asks the evaluation API for: lower-case letters, digits, - and _." error={errors.key}>
          <input
            id="slot-key"
            value={key}
            onChange={(e) => {
              setKey(e.target.value);
              setKeyTouched(true);
            }}
            placeholder="home-hero"
            maxLength={64}
            className={`${inputClasses} font-mono`}
            {...describedBy('slot-key', errors.key, true)}
          />
        </Field>
        <Field id="slot-tree" label="Segmentation tree" hint="Each segment of its latest published version can get its own variant." error={errors.treeId}>
          <TreeSelect id="slot-tree" trees={trees} value={treeId} onChange={setTreeId} error={errors.treeId} />
        </Field>
        {create.isError && Object.keys(errors).length === 0 && <Alert tone="error">{errorMessage(create.error)}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={create.isPending || create.isSuccess}>
            Create slot
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
