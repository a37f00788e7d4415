import type { TreeDocument, TreeEdge, TreeNode } from '@/lib/segments';
import { nodeIds, segmentKeys, type XY } from './edit';
import { randomId, uniqueKey } from './ids';

// Copy/paste of a selection. The fragment keeps the connections between copied nodes; pasted
// nodes get fresh ids and segments fresh keys (keys are unique in a tree), so pasting twice
// gives two independent copies. The root is never copied: a tree has one.

export interface Fragment {
  kind: 'audience-studio/tree-fragment';
  nodes: TreeNode[];
  edges: TreeEdge[];
}

export function copyFragment(doc: TreeDocument, ids: Iterable<string>): Fragment | undefined {
  const wanted = new Set(ids);
  const nodes = doc.nodes.filter((n) => wanted.has(n.id) && n.type !== 'root');
  if (nodes.length === 0) return undefined;
  const kept = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).map(({ id: _id, ...e }) => e);
  return { kind: 'audience-studio/tree-fragment', nodes, edges };
}

export function isFragment(value: unknown): value is Fragment {
  const v = value as Fragment | null;
  return !!v && v.kind === 'audience-studio/tree-fragment' && Array.isArray(v.nodes) && Array.isArray(v.edges);
}

/**
 * Adds a copy of the fragment to the document. `at` places the fragment's top-left corner;
 * without it the copy lands offset from the original so both stay visible.
 */
export function pasteFragment(doc: TreeDocument, fragment: Fragment, at?: XY): { doc: TreeDocument; pasted: string[] } {
  const ids = nodeIds(doc);
  const keys = segmentKeys(doc);
  const minX = Math.min(...fragment.nodes.map((n) => n.position.x));
  const minY = Math.min(...fragment.nodes.map((n) => n.position.y));
  const shift = at ? { x: at.x - minX, y: at.y - minY } : { x: 40, y: 40 };
  const fresh = new Map<string, string>();
  const nodes = fragment.nodes.map((node): TreeNode => {
    const id = randomId(node.type, ids);
    ids.add(id);
    fresh.set(node.id, id);
    const position = { x: node.position.x + shift.x, y: node.position.y + shift.y };
    if (node.type !== 'segment') return { ...node, id, position } as TreeNode;
    const key = uniqueKey(node.data.key, keys);
    keys.add(key);
    return { ...node, id, position, data: { ...node.data, key } };
  });
  const edges = fragment.edges
    .filter((e) => fresh.has(e.source) && fresh.has(e.target))
    .map((e) => ({ source: fresh.get(e.source)!, target: fresh.get(e.target)!, branch: e.branch }));
  return { doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }, pasted: nodes.map((n) => n.id) };
}
