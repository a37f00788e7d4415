'use client';

import { useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { ApiClientError, errorMessage } from '@/components/hooks/api-client';
import { useCreateApiKey } from '@/components/hooks/queries/use-api-keys-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog } from '@/components/ui/dialog';
import { describedBy, Field, inputClasses } from '@/components/ui/field';
import { SCOPES, type Scope } from '@/lib/auth/roles';
import { createApiKeySchema } from '@/lib/validations/account';

const SCOPE_HELP: Record<Scope, string> = {
  ingest: 'Send profiles and events (HTTP, batch, CSV).',
  evaluate: 'Ask for a visitor’s segment and content at page load.',
  read: 'Read profiles, trees and results.',
  write: 'Change trees, content and experiments; erase profiles.',
};

export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { workspaceId } = useWorkspace();
  const create = useCreateApiKey(workspaceId);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['ingest']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<string | null>(null);

  // Closing forgets the secret for good: it exists nowhere else.
  const close = () => {
    setSecret(null);
    setName('');
    setScopes(['ingest']);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = createApiKeySchema.safeParse({ name, scopes });
    if (!parsed.success) {
      return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (data) => setSecret(data.key),
      onError: (error) => error instanceof ApiClientError && setErrors(error.fieldErrors()),
    });
  };

  // One <dialog> for both steps, so the modal stays open while the form turns into the key.
  return (
    <Dialog
      open={open}
      onClose={close}
      title={secret ? 'Your new API key' : 'Create API key'}
      description={secret ? 'Copy it now. For your security it will not be shown again.' : 'Give it a name you will recognise and only the scopes it needs.'}
    >
      {secret ? (
        <div className="space-y-4">
          <div className="flex gap-2">
            <label htmlFor="new-api-key" className="sr-only">
              New API key
            </label>
            <input id="new-api-key" readOnly value={secret} onFocus={(e) => e.target.select()} className={`${inputClasses} font-mono text-xs`} data-testid="new-api-key" />
            <CopyButton value={secret} size="md" />
          </div>
          <Alert tone="warning">Store it in your server’s secrets. Anyone with this key can act with its scopes.</Alert>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-5" noValidate>
          <Field id="api-key-name" label="Name" error={errors.name}>
            <input id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Production backend" maxLength={100} className={inputClasses} {...describedBy('api-key-name', errors.name)} />
          </Field>
          <fieldset aria-describedby={errors.scopes ? 'api-key-scopes-error' : undefined}>
            <legend className="text-sm font-medium text-slate-700">Scopes</legend>
            <div className="mt-2 space-y-2">
              {SCOPES.map((s) => (
                <label key={s} className="flex items-start gap-2.5 rounded-lg border border-slate-200 px-3 py-2 hover:bg-slate-50 has-checked:border-brand-300 has-checked:bg-brand-50/50">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 accent-brand-600"
                    checked={scopes.includes(s)}
                    onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
                  />
                  <span className="text-sm">
                    <span className="font-medium text-slate-900">{s}</span>
                    <span className="block text-xs text-slate-500">{SCOPE_HELP[s]}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.scopes && (
              <p id="api-key-scopes-error" className="mt-1.5 text-xs font-medium text-red-600">
                {errors.scopes}
              </p>
            )}
          </fieldset>
          {create.isError && !(create.error instanceof ApiClientError && create.error.issues.length) && <Alert tone="error">{errorMessage(create.error)}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" pending={create.isPending}>
              Create key
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
