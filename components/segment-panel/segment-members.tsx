'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, errorMessage } from '@/components/hooks/api-client';
import { Alert } from '@/components/ui/alert';
import { SkeletonRows } from '@/components/ui/skeleton';
import type { TreeDocument } from '@/lib/segments';

type Step = { nodeId: string; kind: string; label: string; branch?: string; description?: string; outcome?: boolean };
type Member = { externalId: string; path: Step[] };

/** "Everyone → Age 30+: yes → Device: Mobile → Champions". */
function pathText(path: Step[]): string {
  return path
    .map((s) => {
      if (s.kind === 'split') return `${s.label}: ${s.outcome ? 'yes' : 'no'}`;
      if (s.kind === 'switch') return `${s.label}: ${s.description}`;
      return s.label;
    })
    .join(' → ');
}

/** A few profiles the draft puts in this segment, with the path that placed each one. */
export function SegmentMembers({ treeId, nodeId, document, refreshKey }: { treeId: string; nodeId: string; document?: TreeDocument; refreshKey?: string }) {
  const members = useQuery({
    queryKey: ['draft-node-members', { treeId, nodeId, document, refreshKey }],
    queryFn: () =>
      apiFetch<{ members: Member[] }>('/api/v1/preview/members', {
        method: 'POST',
        body: { ...(document ? { tree: document } : {}), treeId, nodeId, limit: 5 },
      }),
    enabled: !!treeId && !!nodeId,
  });
  if (members.isPending) return <SkeletonRows rows={3} label="Loading sample members" />;
  if (members.isError) return <Alert tone="error">{errorMessage(members.error)}</Alert>;
  if (members.data.members.length === 0) return <p className="text-sm text-slate-500">Nobody in this segment among the profiles sampled.</p>;
  return (
    <ul aria-label="Sample members" className="space-y-2">
      {members.data.members.map((m) => (
        <li key={m.externalId} className="text-xs">
          <Link href={`/profiles/${encodeURIComponent(m.externalId)}`} className="font-medium text-brand-700 hover:underline">
            {m.externalId}
          </Link>
          <p className="text-slate-500">{pathText(m.path)}</p>
        </li>
      ))}
    </ul>
  );
}
