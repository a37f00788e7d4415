'use client';

import { cn } from '@/components/ui/cn';
import { inputClasses } from '@/components/ui/field';
import type { FieldSpec } from '@/lib/condition-editor/field-spec';
import { operatorHint } from '@/lib/condition-editor/hints';
import { OPERATOR_LABELS } from '@/lib/condition-editor/labels';
import { type PredicateDraft, changeOperator } from '@/lib/condition-editor/predicate-drafts';
import { OPERATORS_BY_TYPE } from '@/lib/condition-editor/value-types';
import type { Operator } from '@/lib/segments/schema/operators';
import { type Path, useEditor } from './editor-context';
import { HintText, IssueText, useIssueProps } from './issue-text';
import { OperandInput } from './operand-input';

// Operator and operand of an attribute, context or score condition or a property filter.

const GROUP_NAMES: Record<string, string> = { number: 'Number', string: 'Text', boolean: 'Yes / no', date: 'Date', array: 'List', any: 'Any value' };

/** Operators grouped by the type they read, when a field offers several types. */
function groupOperators(operators: readonly Operator[]): [string, Operator[]][] {
  const groups = new Map<string, Operator[]>();
  for (const op of operators) {
    const type = (Object.entries(OPERATORS_BY_TYPE).find(([, ops]) => ops.includes(op))?.[0] ?? 'any') as string;
    const name = op === 'is_set' || op === 'is_not_set' ? 'any' : type;
    groups.set(name, [...(groups.get(name) ?? []), op]);
  }
  return [...groups.entries()].map(([name, ops]) => [GROUP_NAMES[name] ?? name, ops]);
}

export function PredicateFields({ id, path, draft, spec, onChange }: { id: string; path: Path; draft: PredicateDraft; spec: FieldSpec; onChange(next: PredicateDraft): void }) {
  const env = useEditor();
  const operatorIssues = useIssueProps([...path, 'operator'], `${id}-operator`);
  // An operator saved elsewhere that this field does not list stays visible (and flagged).
  const offered = spec.operators.includes(draft.operator) ? spec.operators : [...spec.operators, draft.operator];
  const groups = groupOperators(offered);
  const renderOption = (op: Operator) => (
    <option key={op} value={op}>
      {OPERATOR_LABELS[op]}
    </option>
  );
  return (
    <div className="space-y-2">
      <div className="space-y-1">
        <select
          id={`${id}-operator`}
          aria-label="Comparison"
          disabled={env.disabled}
          className={cn(inputClasses)}
          value={draft.operator}
          onChange={(e) => onChange(changeOperator(draft, e.target.value as Operator, spec, env.dates))}
          {...operatorIssues.aria}
        >
          {groups.length > 2
            ? groups.map(([name, ops]) => (
                <optgroup key={name} label={name}>
                  {ops.map(renderOption)}
                </optgroup>
              ))
            : offered.map(renderOption)}
        </select>
        <IssueText id={operatorIssues.errorId} issues={operatorIssues.issues} />
        <HintText>{operatorHint(draft.operator)}</HintText>
      </div>
      <OperandInput
        id={`${id}-value`}
        path={path}
        operator={draft.operator}
        value={draft.value}
        spec={spec}
        onChange={(value) => onChange(value === undefined ? { operator: draft.operator } : { operator: draft.operator, value })}
      />
    </div>
  );
}
