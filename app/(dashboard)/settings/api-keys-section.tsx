'use client';

import { useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { errorMessage } from '@/components/hooks/api-client';
import { useApiKeysQuery, useRevokeApiKey, type ApiKeyRow } from '@/components/hooks/queries/use-api-keys-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDate } from '@/components/ui/format';
import { KeyIcon, PlusIcon } from '@/components/ui/icons';
import { SkeletonRows } from '@/components/ui/skeleton';
import { RelativeTime } from '@/components/ui/time';
import { CreateApiKeyDialog } from './create-api-key-dialog';

export function ApiKeysSection() {
  const { workspaceId, timezone } = useWorkspace();
  const keys = useApiKeysQuery(workspaceId);
  const revoke = useRevokeApiKey(workspaceId);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const [showRevoked, setShowRevoked] = useState(false);
  const rows = keys.data?.filter((k) => showRevoked || !k.revokedAt) ?? [];
  const revokedCount = keys.data?.filter((k) => k.revokedAt).length ?? 0;

  return (
    <Card aria-labelledby="api-keys-title">
      <CardHeader
        id="api-keys-title"
        title="API keys"
        description="For your site's servers and scripts: send profiles and events, evaluate segments, read data."
        actions={
          <Button onClick={() => setCreating(true)}>
            <PlusIcon className="size-4" /> Create API key
          </Button>
        }
      />
      {keys.isPending ? (
        <div className="px-5 py-4">
          <SkeletonRows rows={2} label="Loading API keys" />
        </div>
      ) : keys.isError ? (
        <div className="px-5 py-4">
          <Alert tone="error">{errorMessage(keys.error)}</Alert>
        </div>
      ) : keys.data.length === 0 ? (
        <div className="p-5">
          <EmptyState icon={<KeyIcon className="size-6" />} title="No API keys yet" className="py-8">
            Create a key with the <code>ingest</code> scope to send profiles and events from your backend.
          </EmptyState>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">API keys</caption>
            <thead className="border-b border-slate-100 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-5 py-2 font-medium">Name</th>
                <th scope="col" className="px-3 py-2 font-medium">Key</th>
                <th scope="col" className="px-3 py-2 font-medium">Scopes</th>
                <th scope="col" className="px-3 py-2 font-medium">Created</th>
                <th scope="col" className="px-3 py-2 font-medium">Last used</th>
                <th scope="col" className="px-5 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6} className="px-5 py-4 text-sm text-slate-500">
                    No active API keys.
                  </td>
                </tr>
              )}
              {rows.map((k) => (
                <tr key={k.id} data-testid="api-key-row" className={k.revokedAt ? 'text-slate-400' : undefined}>
                  <td className="px-5 py-2.5 font-medium text-slate-900">{k.name}</td>
                  <td className="px-3 py-2.5 font-mono text-xs">{k.prefix}…</td>
                  <td className="px-3 py-2.5">
                    <span className="flex flex-wrap gap-1">
                      {k.scopes.map((s) => (
                        <Badge key={s} tone="blue">{s}</Badge>
                      ))}
                    </span>
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap">{formatDate(k.createdAt, timezone)}</td>
                  <td className="px-3 py-2.5 whitespace-nowrap">
                    <RelativeTime value={k.lastUsedAt} timeZone={timezone} />
                  </td>
                  <td className="px-5 py-2.5 text-right">
                    {k.revokedAt ? (
                      <Badge tone="red">Revoked</Badge>
                    ) : (
                      <Button variant="ghost" size="sm" onClick={() => setRevoking(k)} aria-label={`Revoke key ${k.name}`}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {revokedCount > 0 && (
            <div className="border-t border-slate-100 px-5 py-2.5">
              <button type="button" className="text-xs font-medium text-slate-500 hover:text-slate-700" onClick={() => setShowRevoked((v) => !v)}>
                {showRevoked ? 'Hide' : 'Show'} {revokedCount} revoked {revokedCount === 1 ? 'key' : 'keys'}
              </button>
            </div>
          )}
        </div>
      )}
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      <Dialog
        open={!!revoking}
        onClose={() => setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        description="Calls with this key fail at once. This cannot be undone; create a new key to restore access."
      >
        {revoke.isError && <Alert tone="error" className="mb-4">{errorMessage(revoke.error)}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setRevoking(null)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            pending={revoke.isPending}
            onClick={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
          >
            Revoke key
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
