'use client';

import { type ComboOption, Combobox } from './combobox';
import { type Path, useEditor } from './editor-context';
import { IssueText, useIssueProps } from './issue-text';
import type { Parsed } from '@/lib/condition-editor/parse-input';

/** A combobox for the input at `path`, with the schema's messages for it underneath. */
export function ComboField({ id, path, label, value, options, parseFree, placeholder, onSelect }: {
  id: string; path: Path; label: string; value: string; options: readonly ComboOption[];
  parseFree?: (text: string) => Parsed<string>; placeholder?: string; onSelect(value: string): void;
}) {
  const { disabled } = useEditor();
  const { issues, errorId, aria } = useIssueProps(path, id);
  return (
    <div className="space-y-1">
      <Combobox
        id={id}
        label={label}
        value={value}
        options={options}
        parseFree={parseFree}
        placeholder={placeholder}
        disabled={disabled}
        invalid={issues.length > 0}
        describedBy={aria['aria-describedby']}
        onSelect={onSelect}
      />
      <IssueText id={errorId} issues={issues} />
    </div>
  );
}
