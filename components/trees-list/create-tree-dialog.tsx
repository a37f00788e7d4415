'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { useCreateTree, useTreeTemplatesQuery } from '@/components/hooks/queries/use-trees-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Dialog } from '@/components/ui/dialog';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { SkeletonRows } from '@/components/ui/skeleton';
import { treeNameSchema } from '@/lib/validations/trees';

const BLANK = '';

/** New tree: blank or from a template, then straight into the editor. */
export function CreateTreeDialog({ workspaceId, open, onClose }: { workspaceId: string; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const templates = useTreeTemplatesQuery(open);
  const create = useCreateTree(workspaceId);
  const [choice, setChoice] = useState(BLANK);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  const chosen = templates.data?.find((t) => t.key === choice);
  const close = () => {
    setChoice(BLANK);
    setName('');
    setError(undefined);
    create.reset();
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const typed = name.trim();
    if (typed) {
      const parsed = treeNameSchema.safeParse(typed);
      if (!parsed.success) return setError(parsed.error.issues[0].message);
    }
    setError(undefined);
    create.mutate(
      { ...(typed ? { name: typed } : {}), ...(choice ? { template: choice } : {}) },
      {
        onSuccess: ({ tree }) => router.push(`/trees/${tree.id}`),
        onError: (err) => err instanceof ApiClientError && setError(err.fieldErrors().name),
      },
    );
  };

  const option = (key: string, title: string, description: string, extra?: React.ReactNode) => (
    <label
      key={key}
      className={cn(
        'flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-inset',
        choice === key ? 'bg-brand-50 ring-2 ring-brand-600' : 'ring-slate-200 hover:bg-slate-50',
      )}
    >
      <input type="radio" name="tree-start" value={key} checked={choice === key} onChange={() => setChoice(key)} className="mt-1 accent-brand-600" />
      <span className="min-w-0">
        <span className="block text-sm font-medium text-slate-900">{title}</span>
        <span className="block text-xs text-slate-500">{description}</span>
        {extra}
      </span>
    </label>
  );

  return (
    <Dialog open={open} onClose={close} title="New tree" description="Start from an empty canvas or from a template you can edit." className="max-w-2xl!">
      <form onSubmit={submit} noValidate className="space-y-5">
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">Start from</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {option(BLANK, 'Blank tree', 'Just the root: everyone, waiting for your first split.')}
            {templates.isPending ? (
              <SkeletonRows rows={3} label="Loading templates" />
            ) : templates.isError ? (
              <Alert tone="error">{errorMessage(templates.error)}</Alert>
            ) : (
              templates.data.map((t) =>
                option(
                  t.key,
                  t.name,
                  t.description,
                  <span className="mt-2 flex flex-wrap gap-1" aria-hidden>
                    {t.segments.map((s) => (
                      <span key={s.key} className="inline-flex items-center gap-1 rounded bg-white px-1.5 py-0.5 text-[11px] text-slate-600 ring-1 ring-slate-200">
                        <span className="size-2 rounded-full" style={{ backgroundColor: s.color }} />
                        {s.name}
                      </span>
                    ))}
                  </span>,
                ),
              )
            )}
          </div>
        </fieldset>
        <Field id="new-tree-name" label="Name" hint={`Leave empty for “${chosen?.name ?? 'Untitled tree'}”.`} error={error}>
          <input
            id="new-tree-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={chosen?.name ?? 'Untitled tree'}
            maxLength={100}
            className={inputClasses}
            {...describedBy('new-tree-name', error, true)}
          />
        </Field>
        {create.isError && !error && <Alert tone="error">{errorMessage(create.error)}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" pending={create.isPending || create.isSuccess}>
            Create tree
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
