'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch, errorMessage } from '@/components/hooks/api-client';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, inputClasses } from '@/components/ui/field';
import { DownloadIcon, TrashIcon } from '@/components/ui/icons';

function apiPath(externalId: string) {
  return `/api/v1/profiles/${encodeURIComponent(externalId)}`;
}

export function ProfileActions({ externalId, canErase }: { externalId: string; canErase: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setTyped('');
    setError(null);
  };

  const erase = async () => {
    setPending(true);
    setError(null);
    try {
      await apiFetch<void>(apiPath(externalId), { method: 'DELETE' });
      router.replace('/profiles?erased=1');
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
    }
  };

  return (
    <div className="flex flex-wrap gap-2">
      {/* A plain link: the browser downloads with the session cookie, streaming large exports to disk. */}
      <a href={`${apiPath(externalId)}/export`} download className={buttonClasses('secondary')}>
        <DownloadIcon className="size-4" /> Export JSON
      </a>
      {canErase && (
        <Button variant="secondary" className="text-red-700" onClick={() => setOpen(true)}>
          <TrashIcon className="size-4" /> Erase
        </Button>
      )}
      <Dialog
        open={open}
        onClose={close}
        title="Erase this profile?"
        description="The profile, all its events and experiment exposures are deleted for good (GDPR erasure). Export first if you need a copy."
      >
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed === externalId) erase();
          }}
        >
          <Field id="erase-confirm" label={<>Type <span className="font-mono font-semibold break-all">{externalId}</span> to confirm</>}>
            <input id="erase-confirm" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} className={`${inputClasses} font-mono`} />
          </Field>
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={typed !== externalId} pending={pending}>
              Erase profile
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
