import { type TemplateData, type VariantContent, renderVariant } from '@/lib/content';
import type { SlotState, VariantState } from './types';

/** Why a requested slot has no content. */
export type NoContentReason = 'unknown_slot' | 'no_variant';

export type VariantChoice =
  | { slot: SlotState; variant: VariantState; segment: { key: string; name: string } | null }
  | { reason: NoContentReason };

/**
 * The variant a visitor sees in a slot: the variant of their segment in the slot's tree,
 * else the default. `segmentOf` answers the visitor's segment of a tree (undefined: none).
 */
export function chooseVariant(
  slot: SlotState | undefined,
  segmentOf: (treeId: string) => { key: string; name: string } | undefined,
): VariantChoice {
  if (!slot) return { reason: 'unknown_slot' };
  const segment = slot.treeId ? segmentOf(slot.treeId) : undefined;
  const own = segment ? slot.variants.get(segment.key) : undefined;
  if (own) return { slot, variant: own, segment: segment! };
  const fallback = slot.variants.get(null);
  return fallback ? { slot, variant: fallback, segment: null } : { reason: 'no_variant' };
}

/** Request context over the stored last-seen one, key by key (null/absent request keys fall back), as conditions read it. */
export function mergeContext(stored: unknown, request: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = isObject(stored) ? { ...stored } : {};
  for (const [key, value] of Object.entries(request ?? {})) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

export type RenderSubject = {
  externalId: string | null;
  traits: unknown;
  context: Record<string, unknown>;
  /** Consent forbids personalisation: placeholders render their fallbacks, whoever asks. */
  personalise: boolean;
};

/** The variant's fields rendered (HTML-escaped, URL-checked) for one visitor. */
export function renderFor(variant: Pick<VariantState, 'content'>, segment: { key: string; name: string } | null, subject: RenderSubject): VariantContent {
  const data: TemplateData = subject.personalise
    ? {
        traits: isObject(subject.traits) ? subject.traits : {},
        context: subject.context,
        profile: subject.externalId === null ? {} : { externalId: subject.externalId },
        ...(segment ? { segment: { key: segment.key, name: segment.name } } : {}),
      }
    : {};
  return renderVariant(variant.content, data);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
