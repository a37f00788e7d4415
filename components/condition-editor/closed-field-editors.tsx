'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { contextCondition, scoreCondition } from '@/lib/condition-editor/condition-drafts';
import { contextSpec, scoreSpec } from '@/lib/condition-editor/field-spec';
import type { ContextCondition, ScoreCondition } from '@/lib/segments/schema/conditions';
import type { ContextField, ScoreField } from '@/lib/segments/schema/fields';
import { type Path, useEditor } from './editor-context';
import { PredicateFields } from './predicate-fields';
import { predicateDraft } from './predicate-draft';

// Context and score conditions read a fixed list of fields, so a plain select does.

function FieldSelect<F extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: F; options: { value: string; label: string; present?: number }[]; onChange(next: F): void }) {
  const { disabled } = useEditor();
  return (
    <select id={id} aria-label={label} disabled={disabled} className={cn(inputClasses)} value={value} onChange={(e) => onChange(e.target.value as F)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function ContextEditor({ id, path, value, onChange }: { id: string; path: Path; value: ContextCondition; onChange(next: ContextCondition): void }) {
  const env = useEditor();
  return (
    <div className="space-y-2">
      <FieldSelect<ContextField> id={`${id}-field`} label="Context field" value={value.field} options={env.catalogue.context} onChange={(f) => onChange(contextCondition(f, env, predicateDraft(value)))} />
      {(value.field === 'local_hour' || value.field === 'day_of_week') && (
        <p className="text-[11px] text-slate-500">In the profile&apos;s own time zone, at the moment of evaluation.</p>
      )}
      <PredicateFields id={id} path={path} draft={predicateDraft(value)} spec={contextSpec(value.field, env.catalogue)} onChange={(p) => onChange({ type: 'context', field: value.field, ...p } as ContextCondition)} />
    </div>
  );
}

export function ScoreEditor({ id, path, value, onChange }: { id: string; path: Path; value: ScoreCondition; onChange(next: ScoreCondition): void }) {
  const env = useEditor();
  return (
    <div className="space-y-2">
      <FieldSelect<ScoreField> id={`${id}-field`} label="Score" value={value.field} options={env.catalogue.scores} onChange={(f) => onChange(scoreCondition(f, env, predicateDraft(value)))} />
      <PredicateFields id={id} path={path} draft={predicateDraft(value)} spec={scoreSpec(value.field)} onChange={(p) => onChange({ type: 'score', field: value.field, ...p } as ScoreCondition)} />
    </div>
  );
}
