'use client';

// STAND-IN until helper "trees" delivers SegmentPanel (name/key/colour, sample members,
// sizes per version, minimum-size warning). Same props; only the form is here.
import { Field, inputClasses } from '@/components/ui/field';
import { formatNumber } from '@/components/ui/format';
import type { SegmentNode } from '@/lib/segments';
import { formatShare } from '@/lib/tree-graph/counts';
import { SEGMENT_COLORS } from '@/lib/tree-graph/edit';

export function SegmentPanel({
  node,
  onChange,
  counts,
  total,
  disabled,
}: {
  treeId: string;
  node: SegmentNode;
  onChange(next: SegmentNode): void;
  /** Segment key → profiles, from the live preview. */
  counts?: Record<string, number>;
  total?: number;
  disabled?: boolean;
}) {
  const set = (patch: Partial<SegmentNode['data']>) => onChange({ ...node, data: { ...node.data, ...patch } });
  const size = counts?.[node.data.key];
  return (
    <div className="space-y-4">
      <div className="rounded-lg bg-slate-50 p-3 text-sm">
        <div className="text-xs text-slate-500">Size now</div>
        <div className="font-semibold text-slate-900 tabular-nums">
          {size === undefined ? '—' : `${formatNumber(size)} profiles · ${formatShare(total ? size / total : undefined)} of all`}
        </div>
      </div>
      <Field id="segment-name" label="Name">
        <input id="segment-name" className={inputClasses} value={node.data.name} disabled={disabled} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field id="segment-key" label="Key" hint="What the evaluation API returns; lower-case letters, digits, - and _.">
        <input id="segment-key" className={`${inputClasses} font-mono`} value={node.data.key} disabled={disabled} onChange={(e) => set({ key: e.target.value.toLowerCase() })} />
      </Field>
      <fieldset>
        <legend className="mb-1.5 block text-sm font-medium text-slate-700">Colour</legend>
        <div className="flex flex-wrap gap-1.5">
          {SEGMENT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              disabled={disabled}
              aria-label={`Colour ${color}`}
              aria-pressed={node.data.color === color}
              onClick={() => set({ color })}
              className="size-6 rounded-full ring-offset-2 aria-pressed:ring-2 aria-pressed:ring-slate-900"
              style={{ backgroundColor: color }}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
