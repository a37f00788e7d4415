import type { FieldSummary } from '@/lib/condition-editor/schema-response';

// The placeholders the slot editor offers as chips: trait paths seen in the workspace's data
// that hold a value a placeholder renders (text, numbers, booleans; objects and arrays take the
// fallback), written the way the template parser accepts them.

const TEMPLATE_KEY = /^[A-Za-z_$][\w$-]*$/;
const MAX_DEPTH = 6;
const RENDERABLE = ['string', 'number', 'boolean', 'date'] as const;

/** Always available, whatever the data: the profile's id and the segment that chose the variant. */
export const BUILT_IN_PLACEHOLDERS = ['profile.externalId', 'segment.name'] as const;

export function traitPlaceholders(traits: readonly FieldSummary[], limit = 24): string[] {
  return traits
    .filter((f) => {
      const keys = f.path.split('.');
      return keys[0] === 'traits' && keys.length >= 2 && keys.length <= MAX_DEPTH && keys.every((k) => TEMPLATE_KEY.test(k));
    })
    .filter((f) => RENDERABLE.some((t) => (f.types[t] ?? 0) > 0))
    .slice(0, limit)
    .map((f) => f.path);
}
