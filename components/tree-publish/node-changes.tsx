import type { TreeDiffData } from '@/components/hooks/queries/use-tree-diff-query';

const WHAT: Record<string, string> = {
  kind: 'Kind',
  label: 'Label',
  condition: 'Condition',
  cases: 'Cases',
  wiring: 'Connections',
  'segment-key': 'Key',
  'segment-name': 'Name',
  'segment-color': 'Colour',
};
const KIND: Record<string, string> = { root: 'Root', split: 'Split', switch: 'Switch', segment: 'Segment' };

/** Nodes added, removed and changed, each change with both sides in words. */
export function NodeChanges({ nodes }: { nodes: TreeDiffData['nodes'] }) {
  const none = nodes.added.length + nodes.removed.length + nodes.changed.length === 0;
  if (none) return <p className="text-sm text-slate-500">No node changed{nodes.unchanged ? ` (${nodes.unchanged} unchanged)` : ''}.</p>;
  return (
    <ul aria-label="Node changes" className="space-y-1.5 text-sm">
      {nodes.added.map((n) => (
        <li key={`a-${n.nodeId}`} className="flex gap-2">
          <span className="w-16 shrink-0 font-medium text-emerald-700">Added</span>
          <span>{KIND[n.kind]} <strong className="font-medium">{n.label}</strong></span>
        </li>
      ))}
      {nodes.removed.map((n) => (
        <li key={`r-${n.nodeId}`} className="flex gap-2">
          <span className="w-16 shrink-0 font-medium text-red-700">Removed</span>
          <span>{KIND[n.kind]} <strong className="font-medium">{n.label}</strong></span>
        </li>
      ))}
      {nodes.changed.map((n) => (
        <li key={`c-${n.nodeId}`} className="flex gap-2">
          <span className="w-16 shrink-0 font-medium text-amber-700">Changed</span>
          <div className="min-w-0">
            {KIND[n.kind]} <strong className="font-medium">{n.label}</strong>
            <dl className="mt-0.5 space-y-0.5 text-xs text-slate-600">
              {n.changes.map((c) => (
                <div key={c.what} className="flex gap-1.5">
                  <dt className="shrink-0 text-slate-500">{WHAT[c.what] ?? c.what}:</dt>
                  <dd className="min-w-0">
                    <del className="text-slate-400">{c.before || '—'}</del> → <ins className="no-underline">{c.after || '—'}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </li>
      ))}
      {nodes.unchanged > 0 && <li className="text-xs text-slate-500">{nodes.unchanged} other node{nodes.unchanged === 1 ? '' : 's'} unchanged.</li>}
    </ul>
  );
}
