import type { ServedVariant, SlotState, VariantState } from './core/types';

// The seam where experiments plug into evaluation. For every requested slot whose visitor
// may be personalised, the evaluation route asks the assigner, after the segment's variant
// has been chosen and before it is rendered. An assigner that runs an experiment in that slot
// and segment (experiment-assigner.ts):
//   1. picks the arm with the documented stable hash of `experimentKey:externalId`
//      (sticky: an existing Exposure row wins over the weights),
//   2. records the exposure (one row per profile and experiment) — only for known profiles,
//   3. answers what the arm shows (a slot variant, or the arm's own content with `id: null` and
//      the visitor's segment) and `{key, arm}`, which the route returns as `experiment`.
// Consent-excluded visitors never reach the assigner (they are never enrolled).

export type AssignmentRequest = {
  workspaceId: string;
  slot: SlotState;
  /** The visitor's segment in the slot's tree (null: in none, or the slot has no tree). */
  segmentKey: string | null;
  /** The variant segmentation chose (the control, when an experiment runs). */
  variant: VariantState;
  /** The stored profile's id; null for anonymous visitors and unknown externalIds. */
  profileId: number | null;
  externalId: string | null;
  /** The stored profile's consent ({} for anonymous visitors). */
  consent: unknown;
};

export type Assignment = { variant: ServedVariant; experiment: { key: string; arm: string } };

export interface ExperimentAssigner {
  /** null: no running experiment here; serve the chosen variant. */
  assign(request: AssignmentRequest): Promise<Assignment | null>;
  /** Whether an experiment may run in this slot; lets the route skip the await for the others. */
  active(slotId: string): boolean;
}

/** Until experiments exist: nobody is enrolled, nothing is recorded. */
export const noExperiments: ExperimentAssigner = {
  assign: async () => null,
  active: () => false,
};
