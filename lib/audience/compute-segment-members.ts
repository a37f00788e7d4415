import type { AudienceEngine, EngineRun, SegmentMembers } from './engine';
import type { ReferencedTree } from './resolve-references';

/**
 * Members of every referenced published tree's segments, computed with the same engine and
 * at the same asOf and consent rule as the count that needs them. Trees come dependencies
 * first, so a tree that itself uses `segment` conditions finds its inputs already here.
 */
export async function computeSegmentMembers(
  engine: AudienceEngine,
  referenced: readonly ReferencedTree[],
  run: Omit<EngineRun, 'segmentMembers'>,
): Promise<SegmentMembers> {
  const members: Record<string, readonly number[]> = {};
  for (const tree of referenced) {
    Object.assign(members, await engine.members(tree.compiled, { ...run, segmentMembers: members }));
  }
  return members;
}
