'use client';

import { fieldComboOptions } from './field-options';
import { attributeCondition } from '@/lib/condition-editor/condition-drafts';
import { attributeSpec } from '@/lib/condition-editor/field-spec';
import { parseTraitPath } from '@/lib/condition-editor/parse-input';
import type { AttributeCondition } from '@/lib/segments/schema/conditions';
import { ComboField } from './combo-field';
import { type Path, useEditor } from './editor-context';
import { PredicateFields } from './predicate-fields';
import { predicateDraft } from './predicate-draft';

export function AttributeEditor({ id, path, value, onChange }: { id: string; path: Path; value: AttributeCondition; onChange(next: AttributeCondition): void }) {
  const env = useEditor();
  const spec = attributeSpec(value.field, env.catalogue);
  return (
    <div className="space-y-2">
      <ComboField
        id={`${id}-field`}
        path={[...path, 'field']}
        label="Field"
        value={value.field}
        options={fieldComboOptions(env.catalogue.attributes, env.catalogue.sampledProfiles)}
        parseFree={parseTraitPath}
        placeholder="Search traits or type a path"
        onSelect={(next) => onChange(attributeCondition(next, env, predicateDraft(value)))}
      />
      <PredicateFields id={id} path={path} draft={predicateDraft(value)} spec={spec} onChange={(p) => onChange({ type: 'attribute', field: value.field, ...p } as AttributeCondition)} />
    </div>
  );
}
