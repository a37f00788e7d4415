import { type CompiledTree, compileTree, isCompiledTree } from './evaluate/compile-tree';
import { evaluateTree } from './evaluate/evaluate-tree';
import type { EvaluationInput, EvaluationOptions } from './evaluate/types';
import type { TreeDocument } from './schema/tree';

// The reference count: every engine that counts (SQL, the in-memory index) must return
// exactly this for the same profiles, events and asOf. It is the evaluator applied to each
// profile, nothing more, so it defines the invariants the others are tested on:
//   nodes[root] = total − excludedNoConsent
//   nodes[n]    = Σ nodes[child of n] + Σ unassignedAt[n][branch]
//   segments[k] = nodes[segment node with key k];  unassigned = Σ unassignedAt
export type TreeCounts = {
  total: number;
  excludedNoConsent: number;
  /** Profiles reaching each node; 0 for nodes nobody reaches. */
  nodes: Record<string, number>;
  segments: Record<string, number>;
  unassigned: number;
  /** Where the unassigned stopped: node id → branch without a connection → profiles. */
  unassignedAt: Record<string, Record<string, number>>;
};

export function countTree(
  tree: CompiledTree | TreeDocument | unknown,
  inputs: Iterable<EvaluationInput>,
  options: EvaluationOptions,
): TreeCounts {
  const compiled = isCompiledTree(tree) ? tree : compileTree(tree);
  const counts: TreeCounts = { total: 0, excludedNoConsent: 0, nodes: {}, segments: {}, unassigned: 0, unassignedAt: {} };
  for (const id of compiled.nodeIds) counts.nodes[id] = 0;
  for (const key of compiled.segmentKeys) counts.segments[key] = 0;
  for (const input of inputs) {
    counts.total++;
    // Counting uses the stored last-seen context only; a request context has no meaning here.
    const result = evaluateTree(compiled, { profile: input.profile, events: input.events }, options);
    if (result.excludedNoConsent) {
      counts.excludedNoConsent++;
      continue;
    }
    for (const step of result.path) counts.nodes[step.nodeId]++;
    if (result.segment !== null) counts.segments[result.segment]++;
    if (result.stoppedUnassigned) {
      const { nodeId, branch } = result.stoppedUnassigned;
      counts.unassigned++;
      const at = (counts.unassignedAt[nodeId] ??= {});
      at[branch] = (at[branch] ?? 0) + 1;
    }
  }
  return counts;
}
