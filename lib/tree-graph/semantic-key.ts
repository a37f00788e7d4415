import type { TreeDocument } from '@/lib/segments';

/**
 * The part of a document that decides counts, as a string: positions and labels are left
 * out, so dragging a node or renaming a split does not ask the server to count again.
 */
export function countingKey(doc: TreeDocument): string {
  return JSON.stringify({
    nodes: doc.nodes.map((n) => {
      if (n.type === 'split') return [n.id, n.type, n.data.condition];
      if (n.type === 'switch') return [n.id, n.type, n.data.cases.map((c) => [c.id, c.condition])];
      if (n.type === 'segment') return [n.id, n.type, n.data.key];
      return [n.id, n.type];
    }),
    edges: doc.edges.map((e) => [e.source, e.branch, e.target]),
  });
}
