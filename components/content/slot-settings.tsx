'use client';

import { useState } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import { type SlotDetailJson, useUpdateSlot } from '@/components/hooks/queries/use-slots-query';
import type { TreeListItem } from '@/components/hooks/queries/use-trees-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { updateSlotSchema } from '@/lib/validations/slots';
import { VIEWER_TITLE } from './read-only';
import { type SlotFormErrors, slotApiErrors, slotIssues } from './slot-form';
import { TreeSelect } from './tree-select';

/**
 * Name, key and tree of the slot. Changing the tree asks first and names the variants whose
 * segment the new tree lacks: they are kept (the marketer may switch back) but never served.
 */
export function SlotSettings({ slot, trees, canWrite }: { slot: SlotDetailJson; trees: TreeListItem[]; canWrite: boolean }) {
  const update = useUpdateSlot(slot.id);
  const [name, setName] = useState(slot.name);
  const [key, setKey] = useState(slot.key);
  const [treeId, setTreeId] = useState(slot.treeId ?? '');
  const [errors, setErrors] = useState<SlotFormErrors>({});
  const [confirming, setConfirming] = useState(false);

  const input = { name, key, treeId: treeId || null };
  const changed = name !== slot.name || key !== slot.key || (treeId || null) !== slot.treeId;
  const newTree = trees.find((t) => t.id === treeId);
  const newKeys = new Set(newTree?.segments?.map((s) => s.key) ?? []);
  const stranded = (treeId || null) !== slot.treeId ? slot.variants.filter((v) => v.segmentKey !== null && !newKeys.has(v.segmentKey)) : [];

  const send = () => {
    setConfirming(false);
    update.mutate(input, {
      onError: (err) => setErrors(slotApiErrors(err)),
    });
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = updateSlotSchema.safeParse(input);
    if (!parsed.success) return setErrors(slotIssues(parsed.error.issues));
    setErrors({});
    if (stranded.length > 0) setConfirming(true);
    else send();
  };

  return (
    <Card className="mb-6" aria-labelledby="slot-settings-title">
      <CardHeader id="slot-settings-title" title="Slot" description="What your site asks for, and the tree whose segments choose the variant." />
      <CardBody>
        <form onSubmit={submit} noValidate>
          <fieldset disabled={!canWrite} className="grid gap-4 sm:grid-cols-3">
            <Field id="slot-name" label="Name" error={errors.name}>
              <input id="slot-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} className={inputClasses} {...describedBy('slot-name', errors.name)} />
            </Field>
            <Field id="slot-key" label="Key" hint="Your site asks for it by this key: change it there too." error={errors.key}>
              <input id="slot-key" value={key} maxLength={64} onChange={(e) => setKey(e.target.value)} className={`${inputClasses} font-mono`} {...describedBy('slot-key', errors.key, true)} />
            </Field>
            <Field id="slot-tree" label="Segmentation tree" error={errors.treeId}>
              <TreeSelect id="slot-tree" trees={trees} value={treeId} onChange={setTreeId} error={errors.treeId} />
            </Field>
          </fieldset>
          {stranded.length > 0 && (
            <Alert tone="warning" className="mt-4">
              {newTree ? `“${newTree.name}” has no segment` : 'Without a tree there is no segment'} for {stranded.map((v) => `“${v.name}” (${v.segmentKey})`).join(', ')}:
              {stranded.length === 1 ? ' that variant is' : ' those variants are'} kept but never served.
            </Alert>
          )}
          {update.isError && Object.keys(errors).length === 0 && <Alert tone="error" className="mt-4">{errorMessage(update.error)}</Alert>}
          <div className="mt-4 flex items-center gap-3">
            <Button type="submit" disabled={!canWrite || !changed} pending={update.isPending} title={canWrite ? undefined : VIEWER_TITLE}>
              Save slot
            </Button>
            {update.isSuccess && !changed && <span role="status" className="text-xs text-emerald-700">Saved</span>}
          </div>
        </form>
      </CardBody>
      {confirming && (
        <Dialog
          open
          onClose={() => setConfirming(false)}
          title="Change the slot’s tree?"
          description={`${stranded.length} variant${stranded.length === 1 ? '' : 's'} will no longer be served, because the new tree has no such segment. They are kept: switch back to serve them again.`}
        >
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>Cancel</Button>
            <Button onClick={send}>Change tree</Button>
          </div>
        </Dialog>
      )}
    </Card>
  );
}
