'use client';

import { eventProperties } from '@/lib/condition-editor/catalogue';
import { propertySpec } from '@/lib/condition-editor/field-spec';
import { parsePropertyPath } from '@/lib/condition-editor/parse-input';
import { refitPredicate } from '@/lib/condition-editor/predicate-drafts';
import type { PropertyFilter } from '@/lib/segments/schema/conditions';
import { ComboField } from './combo-field';
import { type Path, useEditor } from './editor-context';
import { fieldComboOptions } from './field-options';
import { IssueText, useIssueProps } from './issue-text';
import { PredicateFields } from './predicate-fields';
import { predicateDraft } from './predicate-draft';

/** One `where` filter of an event condition: property path, operator, operand. */
export function PropertyFilterRow({ id, path, index, event, value, onChange, onRemove }: {
  id: string; path: Path; index: number; event: string; value: PropertyFilter; onChange(next: PropertyFilter): void; onRemove(): void;
}) {
  const env = useEditor();
  const card = useIssueProps(path, `${id}-card`);
  const spec = propertySpec(event, value.field, env.catalogue);
  return (
    <div role="group" aria-label={`Property filter ${index + 1}`} className="space-y-2 rounded-lg bg-slate-50 p-2 ring-1 ring-slate-200">
      <div className="flex items-start gap-1.5">
        <div className="min-w-0 flex-1">
          <ComboField
            id={`${id}-field`}
            path={[...path, 'field']}
            label="Property"
            value={value.field}
            options={fieldComboOptions(eventProperties(env.catalogue, event))}
            parseFree={parsePropertyPath}
            placeholder="Search properties or type a path"
            onSelect={(next) => onChange({ field: next, ...refitPredicate(predicateDraft(value), propertySpec(event, next, env.catalogue), env.dates) } as PropertyFilter)}
          />
        </div>
        <button
          type="button"
          disabled={env.disabled}
          aria-label={`Remove property filter ${index + 1}`}
          className="mt-1 rounded-md px-2 py-1 text-sm text-slate-500 hover:bg-slate-200 hover:text-slate-800"
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      <PredicateFields id={id} path={path} draft={predicateDraft(value)} spec={spec} onChange={(p) => onChange({ field: value.field, ...p } as PropertyFilter)} />
      <IssueText id={card.errorId} issues={card.issues} />
    </div>
  );
}
