'use client';

// STAND-IN until helper "trees" delivers PublishDialog (diff against the last version and
// the profiles that move). Same props; this one only publishes.
import { useState } from 'react';
import { apiFetch, errorMessage } from '@/components/hooks/api-client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { TreeDocument } from '@/lib/segments';

export function PublishDialog({
  treeId,
  open,
  onOpenChange,
  onPublished,
}: {
  treeId: string;
  document: TreeDocument;
  open: boolean;
  onOpenChange(open: boolean): void;
  onPublished(version: { version: number }): void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const publish = async () => {
    setPending(true);
    setError(undefined);
    try {
      const { version } = await apiFetch<{ version: { version: number } }>(`/api/v1/trees/${encodeURIComponent(treeId)}/publish`, { method: 'POST' });
      onPublished(version);
      onOpenChange(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open={open} onClose={() => onOpenChange(false)} title="Publish this tree?" description="The saved draft becomes the next numbered version; its segments go live.">
      {error && <Alert tone="error" className="mb-4">{error}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
        <Button onClick={publish} pending={pending}>Publish</Button>
      </div>
    </Dialog>
  );
}
