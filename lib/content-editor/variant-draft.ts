import { type VariantContent, sameVariantContent, variantContentSchema } from '@/lib/content';
import { createVariantSchema } from '@/lib/validations/slots';

// A variant as the slot editor holds it while the marketer types: the card's fields, the saved
// copy to compare with, and the problems to show next to each field.

export type DraftField = keyof VariantContent | 'name';

export interface VariantDraft {
  /** Stored variant id; undefined until the first save. */
  id?: string;
  name: string;
  /** null: the default variant, for everyone else. */
  segmentKey: string | null;
  content: VariantContent;
}

export const EMPTY_CONTENT: VariantContent = variantContentSchema.parse({});

/** Where an issue belongs: `content.ctaUrl` → ctaUrl, `name` → name; anything else → the card (''). */
function issueField(path: readonly (string | number)[]): DraftField | '' {
  const [first, second] = path;
  if (first === 'content' && typeof second === 'string' && second in EMPTY_CONTENT) return second as DraftField;
  if (first === 'name') return 'name';
  return '';
}

/** The first message per field, from the API's 422 issues or zod's. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Partial<Record<DraftField | '', string>> {
  const out: Partial<Record<DraftField | '', string>> = {};
  for (const issue of issues) {
    const field = issueField(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    out[field] ??= issue.message;
  }
  return out;
}

/** What the API would refuse, found before asking it: the same zod schema the route parses with. */
export function draftErrors(draft: VariantDraft): Partial<Record<DraftField | '', string>> {
  const parsed = createVariantSchema.safeParse({ name: draft.name, segmentKey: draft.segmentKey, content: draft.content });
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

/** Unsaved changes: the name or any content field differs (field by field, whatever the key order). */
export function sameDraft(a: VariantDraft, b: VariantDraft): boolean {
  return a.name === b.name && sameVariantContent(a.content, b.content);
}
