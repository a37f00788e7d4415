import { Handle, Position } from '@xyflow/react';
import { cn } from '@/components/ui/cn';
import { formatCompact } from '@/lib/tree-graph/counts';
import type { CanvasNodeData } from '@/lib/tree-graph/to-flow';

const TONES: Record<string, string> = {
  yes: 'text-emerald-700 bg-emerald-50 ring-emerald-600/20',
  no: 'text-rose-700 bg-rose-50 ring-rose-600/20',
  else: 'text-slate-600 bg-slate-100 ring-slate-500/20',
  all: 'text-slate-600 bg-slate-100 ring-slate-500/20',
};

/**
 * The node's outgoing branches along its bottom edge: a labelled chip per branch and the
 * handle to drag a connection from. An open branch says how many profiles stop there.
 */
export function BranchHandles({ branches, data }: { branches: { branch: string; label: string }[]; data: CanvasNodeData }) {
  const n = branches.length;
  return (
    <div className="grid border-t border-slate-100 px-1 pt-1.5 pb-3" style={{ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }}>
      {branches.map(({ branch, label }, i) => {
        const open = !data.connected.includes(branch);
        const stopped = data.figures?.unassigned[branch];
        return (
          <div key={branch} className="flex min-w-0 flex-col items-center gap-0.5 px-0.5" data-testid={`branch-${branch}`}>
            <span className={cn('max-w-full truncate rounded px-1.5 py-px text-[10px] font-semibold ring-1 ring-inset', TONES[branch] ?? 'bg-violet-50 text-violet-700 ring-violet-600/20')} title={label}>
              {label}
            </span>
            {open && (
              <span
                data-testid="unassigned"
                data-count={stopped ?? 0}
                className={cn('text-[10px] whitespace-nowrap text-amber-700 tabular-nums', data.stale && 'opacity-50')}
                title="No connection: these profiles stay unassigned"
              >
                {stopped !== undefined ? `${formatCompact(stopped)} unassigned` : 'open'}
              </span>
            )}
            <Handle
              type="source"
              position={Position.Bottom}
              id={branch}
              aria-label={`${label} branch`}
              className={cn('tree-handle', open && 'tree-handle-open')}
              style={{ left: `${((i + 0.5) / n) * 100}%` }}
            />
          </div>
        );
      })}
    </div>
  );
}
