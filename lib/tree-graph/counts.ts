import type { TreeCounts, TreeDocument } from '@/lib/segments';
import { edgeId } from './edit';

// What the canvas shows from a preview: each node's count and share of its parent, each
// connection's flow (it carries exactly its target's profiles, since a node has one way in),
// and per open branch the profiles that stop there unassigned.

/** What POST /api/v1/preview answers, besides timing: the core's TreeCounts. */
export type PreviewCounts = TreeCounts;

export interface NodeFigures {
  count: number;
  /** count / the parent's count (root: / all profiles); undefined when the parent has none. */
  shareOfParent?: number;
  /** count / all profiles of the workspace: what a segment leaf shows. */
  shareOfTotal?: number;
  /** Open branch → profiles that stop there. */
  unassigned: Record<string, number>;
}

export interface EdgeFigures {
  flow: number;
  /** flow / the root's count: drives the edge's width. */
  shareOfRoot: number;
  shareOfSource?: number;
}

export interface CanvasFigures {
  nodes: Map<string, NodeFigures>;
  edges: Map<string, EdgeFigures>;
}

const ratio = (part: number, whole: number | undefined) => (whole ? part / whole : undefined);

export function canvasFigures(doc: TreeDocument, counts: PreviewCounts): CanvasFigures {
  const parentOf = new Map(doc.edges.map((e) => [e.target, e.source]));
  const root = doc.nodes.find((n) => n.type === 'root');
  const rootCount = root ? counts.nodes[root.id] ?? 0 : 0;
  const nodes = new Map<string, NodeFigures>();
  for (const node of doc.nodes) {
    const count = counts.nodes[node.id];
    if (count === undefined) continue;
    const parent = parentOf.get(node.id);
    const parentCount = node.type === 'root' ? counts.total : parent !== undefined ? counts.nodes[parent] : undefined;
    nodes.set(node.id, {
      count,
      shareOfParent: ratio(count, parentCount),
      shareOfTotal: ratio(count, counts.total),
      unassigned: counts.unassignedAt[node.id] ?? {},
    });
  }
  const edges = new Map<string, EdgeFigures>();
  for (const edge of doc.edges) {
    const flow = counts.nodes[edge.target];
    if (flow === undefined) continue;
    edges.set(edgeId(edge), { flow, shareOfRoot: ratio(flow, rootCount) ?? 0, shareOfSource: ratio(flow, counts.nodes[edge.source]) });
  }
  return { nodes, edges };
}

/** "12.5%" with one decimal below 10 %, whole numbers above; "<0.1%" for a non-zero sliver. */
export function formatShare(share: number | undefined): string {
  if (share === undefined) return '–';
  const pct = share * 100;
  if (pct > 0 && pct < 0.1) return '<0.1%';
  return `${pct < 10 ? pct.toFixed(1).replace(/\.0$/, '') : Math.round(pct)}%`;
}

/** "1.2M", "48.3k", "950": counts on edges where space is short. */
export function formatCompact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1).replace(/\.0$/, '')}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1).replace(/\.0$/, '')}k`;
  return String(n);
}

/** Edge stroke width in px: 1.5 for a trickle up to 10 for everyone. */
export function edgeWidth(shareOfRoot: number): number {
  return 1.5 + 8.5 * Math.sqrt(Math.max(0, Math.min(1, shareOfRoot)));
}
