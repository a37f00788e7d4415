'use client';

import { fieldComboOptions } from './field-options';
import { attributeCondition } from '@/lib/condition-editor/condition-drafts';
import { attributeSpec } from '@/lib/condition-editor/field-spec';
import { parseTraitPath } from '@/lib/condition-editor/parse-input';
import type { AttributeCondition } from '@/lib/segments/schema/conditions';
import { Combobox } from './combobox';
import { type Path, useEditor } from './editor-context';
import { IssueText, useIssueProps } from './issue-text';
import { PredicateFields } from './predicate-fields';
import { predicateDraft } from './predicate-draft';

export function AttributeEditor({ id, path, value, onChange }: { id: string; path: Path; value: AttributeCondition; onChange(next: AttributeCondition): void }) {
  const env = useEditor();
  const field = useIssueProps([...path, 'field'], `${id}-field`);
  const spec = attributeSpec(value.field, env.catalogue);
  return (
    <div className="space-y-2">
      <div className="space-y-1">
        <Combobox
          id={`${id}-field`}
          label="Field"
          value={value.field}
          options={fieldComboOptions(env.catalogue.attributes, env.catalogue.sampledProfiles)}
          parseFree={parseTraitPath}
          placeholder="Search traits or type a path"
          disabled={env.disabled}
          invalid={field.issues.length > 0}
          describedBy={field.aria['aria-describedby']}
          onSelect={(next) => onChange(attributeCondition(next, env, predicateDraft(value)))}
        />
        <IssueText id={field.errorId} issues={field.issues} />
      </div>
      <PredicateFields id={id} path={path} draft={predicateDraft(value)} spec={spec} onChange={(p) => onChange({ type: 'attribute', field: value.field, ...p } as AttributeCondition)} />
    </div>
  );
}
