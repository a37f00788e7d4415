import { formatNumber } from '@/components/ui/format';

export type SizedSegment = { key: string; name: string; color: string; size: number };

/** One bar, a coloured slice per segment in proportion to its size; names and sizes on hover and for screen readers. */
export function SegmentSizeBar({ segments, className }: { segments: SizedSegment[]; className?: string }) {
  const total = segments.reduce((sum, s) => sum + s.size, 0);
  const summary = segments.map((s) => `${s.name}: ${formatNumber(s.size)}`).join(', ');
  return (
    <div className={className}>
      <div role="img" aria-label={`Segment sizes — ${summary}`} className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-100">
        {total > 0 &&
          segments.map((s) =>
            s.size > 0 ? (
              <div key={s.key} title={`${s.name}: ${formatNumber(s.size)} (${Math.round((s.size / total) * 100)}%)`} style={{ width: `${(s.size / total) * 100}%`, backgroundColor: s.color }} />
            ) : null,
          )}
      </div>
      <p className="mt-1 text-xs text-slate-500">
        {segments.length} segment{segments.length === 1 ? '' : 's'} · {formatNumber(total)} profiles
      </p>
    </div>
  );
}
