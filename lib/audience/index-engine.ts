import 'server-only';
import type { CompiledTree, TreeCounts } from '@/lib/segments';
import type { IndexCountOptions } from '@/lib/audience-index/audience-index';
import type { AudienceEngine } from './engine';

/** What the facade uses of a ready audience index (lib/audience-index): the core's countTree and its assignments, fast. */
export interface CountingIndex {
  countTree(tree: CompiledTree, options: IndexCountOptions): Promise<TreeCounts>;
  members(tree: CompiledTree, options: IndexCountOptions): Promise<Record<string, number[]>>;
}

/**
 * The in-memory index as an engine. `segment` conditions reach it as precomputed member ids
 * (`segmentMembers`: one mask per referenced segment, and counting can use both threads);
 * members of a tree's segments come from the index too, as sorted profile ids.
 */
export function indexEngine(index: CountingIndex): AudienceEngine {
  const options = (run: Parameters<AudienceEngine['count']>[1]): IndexCountOptions => ({
    asOf: run.asOf,
    requireOptIn: run.requireOptIn,
    segmentMembers: run.segmentMembers,
  });
  return {
    name: 'index',
    count: (tree, run) => index.countTree(tree, options(run)),
    members: (tree, run) => index.members(tree, options(run)),
  };
}
