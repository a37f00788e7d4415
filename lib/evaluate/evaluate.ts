import 'server-only';
import type { VariantContent } from '@/lib/content';
import { enrichContext } from '@/lib/ingest/enrich-context';
import type { EvaluationInput } from '@/lib/segments';
import type { EvaluateRequest } from '@/lib/validations/evaluate';
import { type ExperimentAssigner, noExperiments } from './assign-experiment';
import { chooseVariant, mergeContext, renderFor } from './core/choose-content';
import { type TreeSegment, evaluateSegments } from './core/evaluate-segments';
import type { ServedVariant, WorkspaceState } from './core/types';
import { loadProfile } from './evaluate-sql';

export type SlotContent =
  | {
      /** id null: an experiment arm's own content (name: the arm's; segmentKey: the visitor's segment in the slot's tree). */
      variant: { id: string | null; name: string; segmentKey: string | null };
      content: VariantContent;
      experiment?: { key: string; arm: string };
    }
  | { variant: null; content: null; reason: 'unknown_slot' | 'no_variant' };

export type EvaluateResult = {
  segments: TreeSegment[];
  content: Record<string, SlotContent>;
  excludedNoConsent: boolean;
  asOf: string;
};

/**
 * The visitor's segment in every published tree and the rendered variant of each requested
 * slot. By externalId: the stored profile with the events the trees can see; an unknown
 * externalId is an anonymous visitor with no events (whether an id exists is never
 * revealed). Anonymous: the given traits. Either way the request's context lies over the
 * stored one, key by key.
 */
export async function evaluateVisitor(
  workspaceId: string,
  state: WorkspaceState,
  request: EvaluateRequest,
  assigner: ExperimentAssigner = noExperiments,
): Promise<EvaluateResult> {
  const asOf = request.asOf ?? Date.now();
  // A userAgent fills device/os/browser the caller did not send (as ingest does); no IP lookup.
  const requestContext = request.context ? enrichContext(request.context, null) : {};
  const externalId = request.externalId ?? null;
  const loaded = externalId !== null ? await loadProfile(workspaceId, externalId, state.needs, asOf) : null;
  const stored = loaded?.profile ?? null;
  const input: EvaluationInput = {
    profile: stored
      ? { id: stored.id, externalId: externalId!, traits: stored.traits, consent: stored.consent, context: stored.context, scores: stored.scores }
      : { id: 'anonymous', externalId: externalId ?? (undefined as unknown as string), traits: request.traits ?? {}, consent: {}, context: {}, scores: {} },
    events: loaded?.events ?? [],
    requestContext,
  };
  const { excludedNoConsent, segments, byTree } = evaluateSegments(state, input, asOf);
  const subject = {
    externalId,
    traits: input.profile.traits,
    context: mergeContext(input.profile.context, requestContext),
    personalise: !excludedNoConsent,
  };
  const names = new Map(state.trees.map((t) => [t.treeId, t.segmentNames]));
  const segmentOf = (treeId: string) => {
    const key = byTree.get(treeId);
    return key === undefined ? undefined : { key, name: names.get(treeId)?.get(key) ?? key };
  };

  const content: Record<string, SlotContent> = {};
  for (const slotKey of request.slots ?? []) {
    const choice = chooseVariant(state.slots.get(slotKey), segmentOf);
    if ('reason' in choice) {
      content[slotKey] = { variant: null, content: null, reason: choice.reason };
      continue;
    }
    let variant: ServedVariant = choice.variant;
    let segment = choice.segment;
    let experiment: { key: string; arm: string } | undefined;
    if (!excludedNoConsent && assigner.active(choice.slot.id)) {
      // The visitor's segment in the slot's tree, also when that segment has no variant of its own.
      const treeSegment = choice.slot.treeId ? (segmentOf(choice.slot.treeId) ?? null) : null;
      const assigned = await assigner.assign({
        workspaceId, slot: choice.slot, segmentKey: treeSegment?.key ?? null, variant: choice.variant, profileId: stored?.id ?? null, externalId, consent: input.profile.consent,
      });
      if (assigned) {
        ({ variant, experiment } = assigned);
        // An arm's own content speaks to the visitor's segment even where it has no variant.
        if (variant.id === null) segment = treeSegment;
      }
    }
    content[slotKey] = {
      variant: { id: variant.id, name: variant.name, segmentKey: variant.segmentKey },
      content: renderFor(variant, segment, subject),
      ...(experiment ? { experiment } : {}),
    };
  }
  return { segments, content, excludedNoConsent, asOf: new Date(asOf).toISOString() };
}
