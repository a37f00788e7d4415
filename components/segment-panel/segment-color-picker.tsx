'use client';

import { cn } from '@/components/ui/cn';

export const SEGMENT_PALETTE = ['#6366f1', '#0ea5e9', '#14b8a6', '#22c55e', '#84cc16', '#f59e0b', '#f97316', '#ef4444', '#ec4899', '#a855f7', '#64748b', '#0f172a'];

/** Palette swatches (a radio group) plus a custom colour input. */
export function SegmentColorPicker({ value, onChange, disabled = false }: { value: string; onChange: (color: string) => void; disabled?: boolean }) {
  const custom = !SEGMENT_PALETTE.includes(value.toLowerCase());
  return (
    <div role="radiogroup" aria-label="Segment colour" className="flex flex-wrap items-center gap-1.5">
      {SEGMENT_PALETTE.map((color) => (
        <button
          key={color}
          type="button"
          role="radio"
          aria-checked={value.toLowerCase() === color}
          aria-label={color}
          disabled={disabled}
          onClick={() => onChange(color)}
          className={cn('size-6 rounded-full ring-offset-2', value.toLowerCase() === color ? 'ring-2 ring-slate-900' : 'hover:ring-2 hover:ring-slate-300')}
          style={{ backgroundColor: color }}
        />
      ))}
      <label className={cn('relative inline-flex size-6 cursor-pointer items-center justify-center overflow-hidden rounded-full ring-offset-2', custom ? 'ring-2 ring-slate-900' : 'ring-1 ring-slate-300')}>
        <span className="sr-only">Custom colour</span>
        <input type="color" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} className="absolute inset-0 size-full cursor-pointer opacity-0" />
        <span aria-hidden className="size-full" style={{ background: custom ? value : 'conic-gradient(#ef4444, #f59e0b, #22c55e, #0ea5e9, #a855f7, #ef4444)' }} />
      </label>
    </div>
  );
}
