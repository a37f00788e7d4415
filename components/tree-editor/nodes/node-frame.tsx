import { Handle, Position } from '@xyflow/react';
import { cn } from '@/components/ui/cn';
import { formatNumber } from '@/components/ui/format';
import { WarningIcon } from '@/components/ui/icons';
import { formatShare } from '@/lib/tree-graph/counts';
import type { CanvasNodeData } from '@/lib/tree-graph/to-flow';
import { TARGET_HANDLE } from '@/lib/tree-graph/to-flow';
import { KIND_STYLE, type KindStyle } from './kind-style';

// The card every node kind shares: kind badge and title, a plain-language summary, the live
// count with its share of the parent, what is wrong (on the node itself), then the branches.

export function NodeFrame({
  id,
  kind,
  data,
  selected,
  title,
  summary,
  width,
  accent,
  children,
  footer,
}: {
  id: string;
  kind: keyof typeof KIND_STYLE;
  data: CanvasNodeData;
  selected: boolean;
  title: React.ReactNode;
  summary?: React.ReactNode;
  width?: number;
  accent?: string;
  children?: React.ReactNode;
  footer?: React.ReactNode;
}) {
  const style: KindStyle = KIND_STYLE[kind];
  const errors = data.issues.filter((i) => i.severity === 'error');
  const warnings = data.issues.filter((i) => i.severity === 'warning');
  return (
    <div
      data-testid={`node-${id}`}
      data-kind={kind}
      data-selected={selected || undefined}
      style={{ width: width ?? 260 }}
      className={cn(
        'group relative rounded-xl bg-white text-left transition-[box-shadow,ring-color]',
        // One ring class set at a time: Tailwind orders utilities by its own rules, not the class list.
        selected ? 'shadow-lg ring-2 ring-brand-500' : errors.length > 0 ? 'shadow-sm ring-1 ring-red-300 hover:shadow-md' : 'shadow-sm ring-1 ring-slate-200 hover:shadow-md',
      )}
    >
      {kind !== 'root' && <Handle type="target" position={Position.Top} id={TARGET_HANDLE} className="tree-handle tree-handle-target" />}
      <div className="h-1.5 rounded-t-xl" style={{ backgroundColor: accent ?? style.bar }} />
      <div className="px-3 pt-2 pb-2.5">
        <div className="flex items-center gap-2">
          <span className={cn('inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase', style.badge)}>
            {style.label}
          </span>
          <CountBadge data={data} root={kind === 'root'} />
        </div>
        <div className="mt-1.5 truncate text-sm font-semibold text-slate-900">{title}</div>
        {summary && <div className="mt-0.5 line-clamp-3 text-xs leading-snug text-slate-600">{summary}</div>}
        {footer}
        {errors.length + warnings.length > 0 && <IssueLine errors={errors.map((e) => e.message)} warnings={warnings.map((w) => w.message)} />}
      </div>
      {children}
    </div>
  );
}

function CountBadge({ data, root }: { data: CanvasNodeData; root: boolean }) {
  const f = data.figures;
  return (
    <span
      className={cn('ml-auto flex items-baseline gap-1.5 tabular-nums transition-opacity', data.stale && 'animate-pulse opacity-50')}
      title={data.stale ? 'Counting the latest change…' : undefined}
    >
      <span data-testid="node-count" data-count={f?.count ?? ''} className="text-sm font-semibold text-slate-900">
        {f ? formatNumber(f.count) : '—'}
      </span>
      {f && (
        <span data-testid="node-share" className="text-[11px] text-slate-500" title={root ? 'Share of all profiles (the rest have not consented)' : 'Share of the profiles that reach the node above'}>
          {formatShare(f.shareOfParent)}
        </span>
      )}
    </span>
  );
}

function IssueLine({ errors, warnings }: { errors: string[]; warnings: string[] }) {
  const first = errors[0] ?? warnings[0];
  const more = errors.length + warnings.length - 1;
  return (
    <div
      data-testid="node-issue"
      data-severity={errors.length ? 'error' : 'warning'}
      title={[...errors, ...warnings].join('\n')}
      className={cn(
        'mt-2 flex items-start gap-1.5 rounded-md px-2 py-1 text-[11px] leading-snug',
        errors.length ? 'bg-red-50 text-red-700' : 'bg-amber-50 text-amber-800',
      )}
    >
      <WarningIcon className="mt-px size-3.5 shrink-0" />
      <span className="line-clamp-2">
        {first}
        {more > 0 && <span className="font-medium"> (+{more} more)</span>}
      </span>
    </div>
  );
}

/** A thin bar under a count: the node's share of its parent (segments: of all profiles). */
export function ShareBar({ share, color }: { share?: number; color: string }) {
  return (
    <div className="mt-2 h-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
      <div className="h-full rounded-full transition-[width] duration-300" style={{ width: `${Math.min(100, (share ?? 0) * 100)}%`, backgroundColor: color }} />
    </div>
  );
}

