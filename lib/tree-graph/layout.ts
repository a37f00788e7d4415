import dagre from '@dagrejs/dagre';
import { branchesOf, type TreeDocument } from '@/lib/segments';
import type { XY } from './edit';

// Auto-layout with dagre (layered, top to bottom). dagre over elkjs: trees need no more than
// a layered layout, dagre is synchronous (the result lands in the same undo step, no worker)
// and small, and its order constraints keep each node's children in branch order — yes left
// of no, cases in order, else last — so the drawing reads like the logic.

export type Size = { width: number; height: number };
const DEFAULT_SIZE: Size = { width: 240, height: 110 };

export function layoutTree(doc: TreeDocument, sizes: ReadonlyMap<string, Size> = new Map()): Map<string, XY> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 90, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const node of doc.nodes) g.setNode(node.id, { ...(sizes.get(node.id) ?? DEFAULT_SIZE) });
  const constraints: { left: string; right: string }[] = [];
  for (const node of doc.nodes) {
    const children = branchesOf(node)
      .map((branch) => doc.edges.find((e) => e.source === node.id && e.branch === branch)?.target)
      .filter((t): t is string => t !== undefined && ids.has(t) && t !== node.id);
    for (const child of children) g.setEdge(node.id, child);
    for (let i = 1; i < children.length; i++) constraints.push({ left: children[i - 1], right: children[i] });
  }
  dagre.layout(g, { constraints });
  const root = doc.nodes.find((n) => n.type === 'root');
  const anchor = root ? g.node(root.id) : undefined;
  // Keep the root where it was, so the layout does not throw the view somewhere else.
  const dx = root && anchor ? root.position.x - (anchor.x - anchor.width / 2) : 0;
  const dy = root && anchor ? root.position.y - (anchor.y - anchor.height / 2) : 0;
  const out = new Map<string, XY>();
  for (const node of doc.nodes) {
    const placed = g.node(node.id);
    out.set(node.id, { x: Math.round(placed.x - placed.width / 2 + dx), y: Math.round(placed.y - placed.height / 2 + dy) });
  }
  return out;
}
