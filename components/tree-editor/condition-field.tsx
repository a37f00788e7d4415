'use client';

// STAND-IN until components/condition-editor lands (helper "cond"): a JSON textarea with
// exactly ConditionEditor's props. Swapping in the real editor is this file's one line:
//   export { ConditionEditor as ConditionField, defaultCondition, useWorkspaceSchema } from '@/components/condition-editor';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { apiFetch } from '@/components/hooks/api-client';
import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import { type Condition, conditionRootSchema, describeCondition } from '@/lib/segments';
import type { SchemaResponse } from './api';

export function useWorkspaceSchema() {
  return useQuery({ queryKey: ['schema'], queryFn: () => apiFetch<SchemaResponse>('/api/v1/schema'), staleTime: 5 * 60_000 });
}

/** A condition every workspace can evaluate: the first numeric trait seen, else "email is set". */
export function defaultCondition(schema: SchemaResponse): Condition {
  const numeric = schema.traits.find((t) => (t.types.number ?? 0) > 0 && typeof t.topValues[0]?.value === 'number');
  if (numeric) return { type: 'attribute', field: numeric.path, operator: 'gte', value: numeric.topValues[0].value as number };
  return { type: 'attribute', field: 'email', operator: 'is_set' };
}

const pretty = (value: Condition) => JSON.stringify(value, null, 2);

export function ConditionField({ value, onChange, disabled }: { value: Condition; onChange(next: Condition): void; schema: SchemaResponse; disabled?: boolean }) {
  const id = useId();
  const [text, setText] = useState(() => pretty(value));
  const [issues, setIssues] = useState<string[]>([]);
  // An outside change (undo, another node selected) replaces the text unless it already says the same.
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value) ? current : pretty(value);
      } catch {
        return pretty(value);
      }
    });
    setIssues([]);
  }, [value]);

  const onInput = (next: string) => {
    setText(next);
    let json: unknown;
    try {
      json = JSON.parse(next);
    } catch {
      setIssues(['Not valid JSON yet.']);
      return;
    }
    const parsed = conditionRootSchema.safeParse(json);
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)));
      return;
    }
    setIssues([]);
    onChange(parsed.data);
  };

  return (
    <div className="space-y-1.5">
      <p className="text-xs text-slate-500">{describeCondition(value)}</p>
      <textarea
        id={id}
        aria-label="Condition (JSON)"
        data-testid="condition-json"
        className={cn(inputClasses, 'nodrag min-h-40 font-mono text-xs leading-5')}
        value={text}
        spellCheck={false}
        disabled={disabled}
        aria-invalid={issues.length > 0 || undefined}
        onChange={(e) => onInput(e.target.value)}
      />
      {issues.length > 0 && (
        <ul className="space-y-0.5 text-xs font-medium text-red-600" role="alert">
          {issues.slice(0, 4).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
