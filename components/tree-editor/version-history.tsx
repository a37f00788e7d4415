'use client';

// STAND-IN until helper "trees" delivers VersionHistory (versions with sizes, restore).
// Same props; restoring hands the version's document to the editor as an undoable edit.
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/components/hooks/api-client';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/components/ui/format';
import type { TreeDocument } from '@/lib/segments';

export function VersionHistory({ treeId, onRestored }: { treeId: string; onRestored(document: TreeDocument): void }) {
  const { data, isPending } = useQuery({
    queryKey: ['tree-versions', { treeId }],
    queryFn: () => apiFetch<{ versions: { version: number; publishedAt: string; document: TreeDocument }[] }>(`/api/v1/trees/${encodeURIComponent(treeId)}/versions`),
  });
  if (isPending) return <p className="text-sm text-slate-500">Loading versions…</p>;
  if (!data?.versions.length) return <p className="text-sm text-slate-500">Not published yet.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {data.versions.map((v) => (
        <li key={v.version} className="flex items-center justify-between gap-2 py-2 text-sm">
          <span>
            <span className="font-medium">v{v.version}</span> <span className="text-xs text-slate-500">{formatDateTime(v.publishedAt)}</span>
          </span>
          <Button size="sm" variant="secondary" onClick={() => onRestored(v.document)}>
            Restore
          </Button>
        </li>
      ))}
    </ul>
  );
}
