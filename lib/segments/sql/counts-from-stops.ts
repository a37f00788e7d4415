import type { CompiledTree, TreeCounts } from '@/lib/segments';
import { EXCLUDED_CODE, type Stop } from './walk-sql';

// Profiles per stop → the core's TreeCounts. A profile that stops at node n passed every
// node from the root to n, so it adds to each of them; that is exactly how countTree adds
// up the evaluator's paths, and it keeps the invariants nodes[n] = Σ children + unassigned.

export function countsFromStops(tree: CompiledTree, stops: readonly Stop[], rows: Iterable<{ stop: number; n: number }>): TreeCounts {
  const parent = new Map<string, string>();
  for (const node of tree.nodes.values()) {
    const targets =
      node.kind === 'root' ? [node.next]
      : node.kind === 'split' ? [node.yes, node.no]
      : node.kind === 'switch' ? [...node.cases.map((c) => c.next), node.otherwise]
      : [];
    for (const t of targets) if (t !== undefined) parent.set(t, node.id);
  }
  const counts: TreeCounts = { total: 0, excludedNoConsent: 0, nodes: {}, segments: {}, unassigned: 0, unassignedAt: {} };
  for (const id of tree.nodeIds) counts.nodes[id] = 0;
  for (const key of tree.segmentKeys) counts.segments[key] = 0;
  const byCode = new Map(stops.map((s) => [s.code, s]));
  for (const { stop: code, n } of rows) {
    counts.total += n;
    if (code === EXCLUDED_CODE) {
      counts.excludedNoConsent += n;
      continue;
    }
    const stop = byCode.get(code);
    if (!stop) throw new Error(`The counting query returned an unknown stop ${code}.`);
    for (let id: string | undefined = stop.nodeId; id !== undefined; id = parent.get(id)) counts.nodes[id] += n;
    if (stop.kind === 'segment') counts.segments[stop.key] += n;
    else {
      counts.unassigned += n;
      const at = (counts.unassignedAt[stop.nodeId] ??= {});
      at[stop.branch] = (at[stop.branch] ?? 0) + n;
    }
  }
  return counts;
}
