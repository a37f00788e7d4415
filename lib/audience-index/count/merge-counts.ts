import type { TreeCounts } from '@/lib/segments';

/** Adds `extra` into `into` (both for the same tree). */
export function addCounts(into: TreeCounts, extra: TreeCounts): TreeCounts {
  into.total += extra.total;
  into.excludedNoConsent += extra.excludedNoConsent;
  for (const [id, n] of Object.entries(extra.nodes)) into.nodes[id] = (into.nodes[id] ?? 0) + n;
  for (const [key, n] of Object.entries(extra.segments)) into.segments[key] = (into.segments[key] ?? 0) + n;
  into.unassigned += extra.unassigned;
  for (const [node, branches] of Object.entries(extra.unassignedAt)) {
    const at = (into.unassignedAt[node] ??= {});
    for (const [branch, n] of Object.entries(branches)) at[branch] = (at[branch] ?? 0) + n;
  }
  return into;
}
