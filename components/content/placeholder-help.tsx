'use client';

import { useCallback, useRef, useState } from 'react';
import { useWorkspaceSchema } from '@/components/condition-editor/use-workspace-schema';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { BUILT_IN_PLACEHOLDERS, traitPlaceholders } from '@/lib/content-editor/placeholder-paths';

/** The field a chip inserts into: the last text field that had focus, and how to change its value. */
type PlaceholderTarget = { el: HTMLInputElement | HTMLTextAreaElement; apply: (value: string) => void };

/** Inserts `text` at the caret of the target field (replacing a selection) and puts the caret after it. */
function insertAtCaret({ el, apply }: PlaceholderTarget, text: string) {
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  apply(el.value.slice(0, start) + text + el.value.slice(end));
  requestAnimationFrame(() => {
    el.focus();
    el.setSelectionRange(start + text.length, start + text.length);
  });
}

/**
 * Where PlaceholderHelp's chips go: hand `onFieldFocus` to the text fields, `insert` to the
 * chips; `hasTarget` once some field has had focus.
 */
export function usePlaceholderTarget() {
  const target = useRef<PlaceholderTarget | null>(null);
  const [hasTarget, setHasTarget] = useState(false);
  const onFieldFocus = useCallback((el: PlaceholderTarget['el'], apply: PlaceholderTarget['apply']) => {
    target.current = { el, apply };
    setHasTarget(true);
  }, []);
  const insert = useCallback((text: string) => target.current && insertAtCaret(target.current, text), []);
  return { onFieldFocus, insert, hasTarget };
}

/**
 * Placeholder syntax and the trait paths seen in this workspace's data as chips: a click inserts
 * `{{traits.…}}` where the caret was (mousedown is prevented so the field keeps its caret).
 */
export function PlaceholderHelp({ onInsert, disabled }: { onInsert: (text: string) => void; disabled: boolean }) {
  const schema = useWorkspaceSchema();
  const traits = traitPlaceholders(schema.data?.traits ?? []);
  const chip = (path: string) => (
    <button
      key={path}
      type="button"
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onInsert(`{{${path}}}`)}
      className="rounded-md bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700 ring-1 ring-slate-200 ring-inset hover:bg-brand-50 hover:text-brand-700 disabled:opacity-50"
    >
      {path}
    </button>
  );
  return (
    <Card className="mb-6" aria-labelledby="placeholders-title">
      <CardHeader
        id="placeholders-title"
        title="Placeholders"
        description={
          <>
            Insert a visitor’s data into any text or link: <code className="font-mono">{'{{traits.firstName}}'}</code>; add a fallback for
            visitors without it: <code className="font-mono">{'{{traits.firstName | "there"}}'}</code>. Values are always shown as text, never as
            HTML.
          </>
        }
      />
      <CardBody>
        <p className="mb-2 text-xs text-slate-500">Click into a field, then on a placeholder to insert it there.</p>
        <div className="flex flex-wrap gap-1.5" data-testid="placeholder-chips">
          {traits.map(chip)}
          {BUILT_IN_PLACEHOLDERS.map(chip)}
          {schema.isPending && <span className="text-xs text-slate-400">Looking for trait names…</span>}
        </div>
      </CardBody>
    </Card>
  );
}
