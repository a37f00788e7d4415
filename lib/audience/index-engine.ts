import 'server-only';
import type { CompiledTree, EvaluationOptions, TreeCounts } from '@/lib/segments';
import type { AudienceEngine } from './engine';
import { membershipLookup } from './membership-lookup';
import { sqlEngine } from './sql-engine';

/** What the facade uses of a ready audience index (lib/audience-index): the core's countTree, fast. */
export interface CountingIndex {
  countTree(tree: CompiledTree, options: EvaluationOptions): Promise<TreeCounts>;
}

/**
 * The in-memory index as an engine. `segment` conditions reach it as the core's lookup over
 * precomputed member ids. Those ids (members of other published trees) come from the SQL
 * engine: the index answers counts, not per-profile assignments, and both engines agree
 * profile by profile by contract, so the result is the same — it only costs one SQL pass per
 * referenced tree. When the index can list assignments, use that here instead.
 */
export function indexEngine(index: CountingIndex): AudienceEngine {
  return {
    name: 'index',
    count: (tree, run) =>
      index.countTree(tree, { asOf: run.asOf, requireOptIn: run.requireOptIn, segmentMembership: membershipLookup(run.segmentMembers) }),
    members: (tree, run) => sqlEngine.members(tree, run),
  };
}
