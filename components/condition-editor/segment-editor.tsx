'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { parseSegmentKey } from '@/lib/condition-editor/parse-input';
import type { SegmentCondition } from '@/lib/segments/schema/conditions';
import { ComboField } from './combo-field';
import { type Path, useEditor, useIssues } from './editor-context';

export function SegmentEditor({ id, path, value, onChange }: { id: string; path: Path; value: SegmentCondition; onChange(next: SegmentCondition): void }) {
  const env = useEditor();
  const keyIssues = useIssues([...path, 'segment']);
  const options = env.segments.map((s) => ({
    value: s.key,
    label: s.key,
    group: s.treeName,
    detail: `${s.size.toLocaleString('en-US')} profiles at last publish`,
  }));
  const known = env.segments.find((s) => s.key === value.segment);
  return (
    <div className="space-y-2">
      <select
        id={`${id}-operator`}
        aria-label="Membership"
        disabled={env.disabled}
        className={cn(inputClasses)}
        value={value.operator}
        onChange={(e) => onChange({ ...value, operator: e.target.value as SegmentCondition['operator'] })}
      >
        <option value="in">is in segment</option>
        <option value="not_in">is not in segment</option>
      </select>
      <div className="space-y-1">
        <ComboField
          id={`${id}-segment`}
          path={[...path, 'segment']}
          label="Segment"
          value={value.segment}
          options={options}
          parseFree={parseSegmentKey}
          placeholder={env.segments.length ? 'Search published segments' : 'No published segments yet'}
          onSelect={(segment) => {
            const option = env.segments.find((s) => s.key === segment);
            const base = { type: 'segment', operator: value.operator, segment } as const;
            onChange(option ? { ...base, treeId: option.treeId } : base);
          }}
        />
        {value.segment && !known && keyIssues.length === 0 && (
          <p className="text-xs text-amber-700">No published tree has this segment yet: the tree can be saved, not previewed or published.</p>
        )}
        {known && <p className="text-[11px] text-slate-500">From “{known.treeName}”, its latest published version.</p>}
      </div>
    </div>
  );
}
