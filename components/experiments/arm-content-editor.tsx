'use client';

import { type PreviewState, useDraftPreviews } from '@/components/content/use-draft-previews';
import { PreviewPane } from '@/components/content/variant-card';
import { VariantFields } from '@/components/content/variant-fields';
import { type VariantContent, variantContentSchema } from '@/lib/content';
import { type DraftField, fieldErrors } from '@/lib/content-editor/variant-draft';
import type { ArmDraft } from './form-draft';

// "New content" for an experiment arm: the content page's variant fields and hero preview,
// rendered by the slot's preview route for a sample member of the experiment's segment.

type Errors = Partial<Record<DraftField | '', string>>;

/** What the schema refuses in the content while typing, then the server's issues for this arm (`arms.i.content…`). */
export function armContentErrors(content: VariantContent, index: number, formErrors: Record<string, string | undefined>): Errors {
  const parsed = variantContentSchema.safeParse(content);
  const live = parsed.success ? {} : fieldErrors(parsed.error.issues.map((i) => ({ ...i, path: ['content', ...i.path] })));
  const prefix = `arms.${index}.`;
  const saved = fieldErrors(
    Object.entries(formErrors).flatMap(([path, message]) =>
      message && path.startsWith(`${prefix}content`) ? [{ path: path.slice(prefix.length).split('.'), message }] : [],
    ),
  );
  return { ...saved, ...live };
}

/**
 * One preview request for every arm with valid content of its own (the route renders unsaved
 * variants in order), debounced while the marketer types. Returns each arm's preview by index.
 */
export function useArmPreviews(slotId: string, treeId: string | null, segmentKey: string | null, arms: readonly ArmDraft[]): (index: number) => PreviewState {
  const drafts = arms.flatMap((a, i) => (a.content && variantContentSchema.safeParse(a.content).success ? [{ index: i, segmentKey, content: a.content }] : []));
  const preview = useDraftPreviews(slotId, treeId, drafts, !!slotId);
  // Positions refer to the settled request; while it catches up the old previews stay, dimmed.
  const settledIndex = new Map(preview.settled.map((d, position) => [d.index, position]));
  return (index) => {
    const position = settledIndex.get(index);
    return { result: position === undefined ? undefined : preview.data?.[position], updating: preview.updating, error: preview.error };
  };
}

export function ArmContentEditor({
  index,
  arm,
  segment,
  errors,
  preview,
  disabled,
  onChange,
  onFieldFocus,
}: {
  index: number;
  arm: ArmDraft & { content: VariantContent };
  /** The experiment's segment (the preview renders for one of its members), or everyone. */
  segment: { key: string | null; name: string };
  errors: Errors;
  preview: PreviewState;
  disabled: boolean;
  onChange: (content: VariantContent) => void;
  onFieldFocus: (el: HTMLInputElement | HTMLTextAreaElement, apply: (value: string) => void) => void;
}) {
  return (
    <div data-testid={`arm-content-${index + 1}`} className="grid gap-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-2">
        <p className="text-xs text-slate-500">
          Content of <span className="font-medium text-slate-700">{arm.name || `arm ${index + 1}`}</span> only: shown to its visitors instead of their segment’s variant. Placeholders work as on the Content page.
        </p>
        <VariantFields
          idPrefix={`arm-${index + 1}`}
          draft={{ name: arm.name, segmentKey: segment.key, content: arm.content }}
          errors={errors}
          disabled={disabled}
          hideName
          onChange={(draft) => onChange(draft.content)}
          onFieldFocus={onFieldFocus}
        />
        {errors[''] && <p className="text-xs font-medium text-red-600">{errors['']}</p>}
      </div>
      <PreviewPane segment={segment} preview={preview} blocked={!variantContentSchema.safeParse(arm.content).success} />
    </div>
  );
}
