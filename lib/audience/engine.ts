import type { CompiledTree, TreeCounts } from '@/lib/segments';

// What the facade needs from a counting engine. Both engines (the in-memory index and SQL)
// return exactly the core's countTree for the same data and asOf; the facade only picks one.

/** Profile ids in each segment of other published trees, by segment key. */
export type SegmentMembers = Readonly<Record<string, readonly number[]>>;

export type EngineRun = {
  workspaceId: string;
  /** ms since the epoch */
  asOf: number;
  requireOptIn: boolean;
  /** Every key the tree's `segment` conditions use must be present. */
  segmentMembers: SegmentMembers;
};

export interface AudienceEngine {
  readonly name: 'index' | 'sql';
  count(tree: CompiledTree, run: EngineRun): Promise<TreeCounts>;
  /** Profile ids per segment key of `tree`: what `segment` conditions of other trees read. */
  members(tree: CompiledTree, run: EngineRun): Promise<Record<string, number[]>>;
}
