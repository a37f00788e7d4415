'use client';

import { useId, useMemo, useState } from 'react';
import { useWorkspace } from '@/components/providers/workspace-context';
import { buildCatalogue } from '@/lib/condition-editor/catalogue';
import { todayIn } from '@/lib/condition-editor/day-instants';
import { summarize, validateCondition } from '@/lib/condition-editor/issues';
import type { SchemaResponse } from '@/lib/condition-editor/schema-response';
import type { Condition } from '@/lib/segments/schema/conditions';
import { ConditionNode } from './condition-node';
import { type EditorEnv, EditorProvider } from './editor-context';
import { usePublishedSegments } from './use-workspace-schema';

// The condition panel of a split node or a switch case. Controlled: every edit goes out
// through onChange at once, complete or not; the shared zod schema (conditionRootSchema)
// judges it, each message is shown next to its input, and the summary appears once the
// condition is valid.

export type ConditionEditorProps = {
  value: Condition;
  onChange(next: Condition): void;
  schema: SchemaResponse;
  disabled?: boolean;
  /** The tree being edited: its own segments are not offered (a tree cannot use them). */
  treeId?: string;
};

export function ConditionEditor({ value, onChange, schema, disabled = false, treeId }: ConditionEditorProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { timezone } = useWorkspace();
  // "Today" for date defaults; fixed for the editor's life, which is minutes.
  const [now] = useState(() => Date.now());
  const segments = usePublishedSegments(treeId);
  const catalogue = useMemo(() => buildCatalogue(schema), [schema]);
  const validation = useMemo(() => validateCondition(value), [value]);
  const env: EditorEnv = useMemo(
    () => ({ catalogue, segments, dates: { timeZone: timezone, today: todayIn(timezone, now) }, issues: validation.issues, disabled }),
    [catalogue, segments, timezone, now, validation.issues, disabled],
  );
  const summary = summarize(validation);
  return (
    <EditorProvider value={env}>
      <div className="space-y-3 text-sm" data-testid="condition-editor">
        <ConditionNode id={`ce${id}`} path={[]} value={value} onChange={onChange} groupDepth={0} />
        <div
          role="status"
          aria-live="polite"
          aria-label="Condition summary"
          className={validation.valid ? 'rounded-lg bg-slate-100 px-3 py-2 text-slate-700' : 'rounded-lg bg-amber-50 px-3 py-2 text-amber-900 ring-1 ring-amber-200'}
        >
          {summary ? (
            <p>{summary}</p>
          ) : (
            <p>
              Incomplete: {validation.count === 1 ? 'one thing' : `${validation.count} things`} to fix above before this condition can be counted.
            </p>
          )}
        </div>
      </div>
    </EditorProvider>
  );
}
