import { ELSE_BRANCH, type Condition, type SwitchCase, type TreeDocument, type TreeEdge, type TreeNode } from '@/lib/segments';
import { checkConnection, type ConnectionRequest } from './connections';
import { randomId, uniqueKey } from './ids';

// Edits of the tree document, each returning a new document (never mutating): the editor
// records them in its undo history and previews/saves whatever comes out.

export type PaletteKind = 'split' | 'switch' | 'segment';
export type XY = { x: number; y: number };

const SEGMENT_COLORS = ['#6366f1', '#10b981', '#f59e0b', '#ef4444', '#0ea5e9', '#8b5cf6', '#ec4899', '#14b8a6', '#f97316', '#64748b'];

/** The id the canvas gives an edge: stable across edits, unique while one branch has one edge. */
export function edgeId(edge: TreeEdge): string {
  return edge.id ?? `${edge.source}:${edge.branch}`;
}

export const nodeIds = (doc: TreeDocument) => new Set(doc.nodes.map((n) => n.id));
export const segmentKeys = (doc: TreeDocument) =>
  new Set(doc.nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : [])));

/** A new node of a palette kind at a canvas position, with names and keys not yet used. */
export function newNode(doc: TreeDocument, kind: PaletteKind, position: XY, condition: () => Condition): TreeNode {
  const id = randomId(kind, nodeIds(doc));
  if (kind === 'split') return { id, type: 'split', position, data: { label: '', condition: condition() } };
  if (kind === 'switch') {
    return {
      id,
      type: 'switch',
      position,
      data: { label: '', cases: [{ id: 'case-1', label: 'Case 1', condition: condition() }] },
    };
  }
  const segments = doc.nodes.filter((n) => n.type === 'segment').length;
  const key = uniqueKey(`segment-${segments + 1}`, segmentKeys(doc));
  return { id, type: 'segment', position, data: { key, name: `Segment ${key.slice('segment-'.length)}`, color: SEGMENT_COLORS[segments % SEGMENT_COLORS.length] } };
}

export function addNodes(doc: TreeDocument, nodes: TreeNode[], edges: TreeEdge[] = []): TreeDocument {
  return { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
}

type ConnectResult = { doc: TreeDocument } | { reason: string };

export function connect(doc: TreeDocument, request: ConnectionRequest): ConnectResult {
  const check = checkConnection(doc, request);
  if (!check.ok) return { reason: check.reason };
  return { doc: { ...doc, edges: [...doc.edges, { source: request.source, target: request.target, branch: request.branch! }] } };
}

interface RemoveResult {
  doc: TreeDocument;
  /** The root stays, whatever was selected: a tree always has one. */
  keptRoot: boolean;
}

/**
 * Removes nodes (with every connection in or out of them) and connections. Children of a
 * removed node stay on the canvas, unconnected: removing a split should not throw away the
 * work below it, and their profiles show as unassigned until reconnected.
 */
export function removeElements(doc: TreeDocument, ids: { nodes?: Iterable<string>; edges?: Iterable<string> }): RemoveResult {
  const nodes = new Set(ids.nodes ?? []);
  const edges = new Set(ids.edges ?? []);
  const root = doc.nodes.find((n) => n.type === 'root' && nodes.has(n.id));
  if (root) nodes.delete(root.id);
  if (nodes.size === 0 && edges.size === 0) return { doc, keptRoot: !!root };
  return {
    doc: {
      ...doc,
      nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
      edges: doc.edges.filter((e) => !nodes.has(e.source) && !nodes.has(e.target) && !edges.has(edgeId(e))),
    },
    keptRoot: !!root,
  };
}

export function moveNodes(doc: TreeDocument, positions: ReadonlyMap<string, XY>): TreeDocument {
  if (positions.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: { x: p.x, y: p.y } } : n;
    }),
  };
}

/** Replaces one node by `update(node)`; the type stays the node's own. */
export function updateNode<N extends TreeNode>(doc: TreeDocument, id: string, update: (node: N) => N): TreeDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? update(n as N) : n)) };
}

type SwitchOf = Extract<TreeNode, { type: 'switch' }>;

export function addCase(doc: TreeDocument, switchId: string, condition: Condition): TreeDocument {
  return updateNode<SwitchOf>(doc, switchId, (node) => {
    const taken = new Set(node.data.cases.map((c) => c.id));
    let n = node.data.cases.length + 1;
    while (taken.has(`case-${n}`)) n++;
    const added: SwitchCase = { id: `case-${n}`, label: `Case ${node.data.cases.length + 1}`, condition };
    return { ...node, data: { ...node.data, cases: [...node.data.cases, added] } };
  });
}

/** Removes a case and the connection leaving from it. */
export function removeCase(doc: TreeDocument, switchId: string, caseId: string): TreeDocument {
  const next = updateNode<SwitchOf>(doc, switchId, (node) => ({
    ...node,
    data: { ...node.data, cases: node.data.cases.filter((c) => c.id !== caseId) },
  }));
  return { ...next, edges: next.edges.filter((e) => !(e.source === switchId && e.branch === caseId)) };
}

/** Moves a case up (-1) or down (+1): order matters, the first matching case wins. */
export function moveCase(doc: TreeDocument, switchId: string, caseId: string, delta: -1 | 1): TreeDocument {
  return updateNode<SwitchOf>(doc, switchId, (node) => {
    const cases = [...node.data.cases];
    const from = cases.findIndex((c) => c.id === caseId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= cases.length) return node;
    [cases[from], cases[to]] = [cases[to], cases[from]];
    return { ...node, data: { ...node.data, cases } };
  });
}

export function updateCase(doc: TreeDocument, switchId: string, caseId: string, patch: Partial<Omit<SwitchCase, 'id'>>): TreeDocument {
  return updateNode<SwitchOf>(doc, switchId, (node) => ({
    ...node,
    data: { ...node.data, cases: node.data.cases.map((c) => (c.id === caseId ? { ...c, ...patch } : c)) },
  }));
}

/** The branches a node offers, with the label shown on its handle. */
export function branchLabels(node: TreeNode): { branch: string; label: string }[] {
  switch (node.type) {
    case 'root':
      return [{ branch: 'all', label: 'Everyone' }];
    case 'split':
      return [
        { branch: 'yes', label: 'Yes' },
        { branch: 'no', label: 'No' },
      ];
    case 'switch':
      return [...node.data.cases.map((c, i) => ({ branch: c.id, label: c.label || `Case ${i + 1}` })), { branch: ELSE_BRANCH, label: 'Else' }];
    case 'segment':
      return [];
  }
}
