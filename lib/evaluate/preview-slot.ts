import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { sampleSegmentMembers } from '@/lib/audience/sample-segment-members';
import type { VariantContent } from '@/lib/content';
import { mergeContext, renderFor } from './core/choose-content';
import { type EventNeeds, eventNeeds } from './core/event-needs';
import { loadProfile } from './evaluate-sql';
import { workspaceState } from './workspace-state';

type PreviewVariant = { id: string | null; segmentKey: string | null; content: VariantContent };
export type VariantPreview = {
  variantId: string | null;
  segmentKey: string | null;
  segmentName: string | null;
  sample: { externalId: string } | null;
  content: VariantContent;
};

const NO_EVENTS: EventNeeds = eventNeeds([]);

/**
 * Each variant rendered for one sample member of its segment (the first the segment's
 * members route finds), so the marketer sees real names and places in the placeholders.
 * The default variant is shown as an anonymous visitor sees it: fallbacks only.
 */
export async function previewSlot(workspaceId: string, treeId: string | null, variants: readonly PreviewVariant[]): Promise<VariantPreview[]> {
  const state = await workspaceState(workspaceId);
  const names = state.trees.find((t) => t.treeId === treeId)?.segmentNames;
  const previews: VariantPreview[] = [];
  for (const variant of variants) {
    const segmentName = variant.segmentKey === null ? null : (names?.get(variant.segmentKey) ?? null);
    const externalId = variant.segmentKey !== null && segmentName !== null ? await sampleMember(workspaceId, variant.segmentKey) : null;
    const loaded = externalId !== null ? await loadProfile(workspaceId, externalId, NO_EVENTS, Date.now()) : null;
    const stored = loaded?.profile ?? null;
    const subject = stored
      ? { externalId, traits: stored.traits, context: mergeContext(stored.context, null), personalise: true }
      : { externalId: null, traits: {}, context: {}, personalise: false };
    const segment = variant.segmentKey !== null && segmentName !== null ? { key: variant.segmentKey, name: segmentName } : null;
    previews.push({
      variantId: variant.id,
      segmentKey: variant.segmentKey,
      segmentName,
      sample: stored ? { externalId: externalId! } : null,
      content: renderFor(variant, segment, subject),
    });
  }
  return previews;
}

async function sampleMember(workspaceId: string, segmentKey: string): Promise<string | null> {
  try {
    const { members } = await sampleSegmentMembers(workspaceId, segmentKey, { limit: 1 });
    return members[0]?.externalId ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return null;
    throw error;
  }
}
