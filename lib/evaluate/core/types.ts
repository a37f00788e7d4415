import type { VariantContent } from '@/lib/content';
import type { CompiledTree } from '@/lib/segments';
import type { ExperimentForAssignment } from '@/lib/experiments/choose-arm';
import type { EventNeeds } from './event-needs';

// What one workspace's evaluation needs, compiled once and cached (lib/evaluate/workspace-state.ts).

export type PublishedTree = {
  treeId: string;
  treeName: string;
  version: number;
  compiled: CompiledTree;
  /** Node id → the label the canvas shows (for the path in answers). */
  labels: ReadonlyMap<string, string>;
  /** Segment key → segment name. */
  segmentNames: ReadonlyMap<string, string>;
};

export type VariantState = { id: string; name: string; segmentKey: string | null; content: VariantContent };

export type SlotState = {
  id: string;
  key: string;
  treeId: string | null;
  /** By segment key; the default variant under null. */
  variants: ReadonlyMap<string | null, VariantState>;
};

/**
 * What a visitor is served in a slot: a stored variant, or an experiment arm's own content
 * (`id: null`, the arm's name; its segmentKey is filled in per visitor).
 */
export type ServedVariant = Omit<VariantState, 'id'> & { id: string | null };

/** A running experiment of one slot, each arm's content resolved (null: the slot's normal content). */
export type RunningExperiment = ExperimentForAssignment & { id: string; armVariants: readonly (ServedVariant | null)[] };

export type WorkspaceState = {
  requireOptIn: boolean;
  /** Dependency order: a tree comes after the trees whose segments it reads. */
  trees: readonly PublishedTree[];
  slots: ReadonlyMap<string, SlotState>;
  needs: EventNeeds;
  /** Running experiments by slot id; empty when none runs (evaluation then skips them without an await). */
  experiments: ReadonlyMap<string, readonly RunningExperiment[]>;
};
