import { type EvaluationInput, type PathStep, evaluateTree, isExcludedForConsent } from '@/lib/segments';
import type { PublishedTree, WorkspaceState } from './types';

/** One step of the way down a tree, as the evaluation route answers it. */
export type EvaluatedStep = { nodeId: string; kind: PathStep['kind']; label: string; branch?: string; segmentKey?: string };

export type TreeSegment = {
  tree: string;
  treeName: string;
  version: number;
  /** null: the profile stopped on an open branch (unassigned), or consent excludes it. */
  segment: string | null;
  segmentName: string | null;
  path: EvaluatedStep[];
};

export type SegmentsResult = {
  excludedNoConsent: boolean;
  segments: TreeSegment[];
  /** Tree id → the segment the profile is in (absent: none). */
  byTree: ReadonlyMap<string, string>;
};

/**
 * Every published tree's segment for one profile, in dependency order, so a `segment`
 * condition reads the memberships this same evaluation found in the trees before it (the
 * counting engines compute the referenced tree's members at the same asOf: same answer).
 * A profile consent excludes is in no segment of any tree, and its paths are empty.
 */
export function evaluateSegments(state: WorkspaceState, input: EvaluationInput, asOf: number): SegmentsResult {
  const excludedNoConsent = isExcludedForConsent(input.profile.consent, state.requireOptIn);
  const member = new Set<string>();
  const byTree = new Map<string, string>();
  const segmentMembership = (ref: { segmentKey: string }) => member.has(ref.segmentKey);
  const segments = state.trees.map((tree): TreeSegment => {
    if (excludedNoConsent) return answer(tree, null, []);
    const result = evaluateTree(tree.compiled, input, { asOf, requireOptIn: state.requireOptIn, segmentMembership });
    if (result.segment !== null) {
      member.add(result.segment);
      byTree.set(tree.treeId, result.segment);
    }
    return answer(tree, result.segment, result.path);
  });
  return { excludedNoConsent, segments, byTree };
}

function answer(tree: PublishedTree, segment: string | null, path: readonly PathStep[]): TreeSegment {
  return {
    tree: tree.treeId,
    treeName: tree.treeName,
    version: tree.version,
    segment,
    segmentName: segment === null ? null : (tree.segmentNames.get(segment) ?? segment),
    path: path.map((step) => ({
      nodeId: step.nodeId,
      kind: step.kind,
      label: tree.labels.get(step.nodeId) ?? step.nodeId,
      ...(step.kind === 'segment' ? { segmentKey: step.segmentKey } : { branch: step.branch }),
    })),
  };
}
