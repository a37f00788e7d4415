import {
  MAX_EDGES,
  MAX_NODES,
  ROOT_BRANCH,
  type TreeDocument,
  type TreeEdge,
  type TreeNode,
  branchesOf,
} from '@/lib/segments';

// Exact "who moves from which segment to which" with one count: the published tree with a
// copy of the draft grafted under each of its segment leaves and under each of its open
// (unassigned) branches. A profile walks the published part to where it is today, then the
// draft copy to where it will be; the copy's leaves are synthetic segments, one per
// (today, tomorrow) pair, so the composite's segment counts ARE the movement matrix. Any
// engine that counts a tree therefore gives the exact matrix, with consent and `segment`
// conditions applied exactly as in a preview. Too big for one tree (MAX_NODES/MAX_EDGES)?
// The graft points are split over several composites whose counts add up.

/** A segment key of one side, or null for "in no segment" (unassigned). */
export type Side = string | null;
export type Cell = { from: Side; to: Side };

export type Composite = {
  document: TreeDocument;
  /** Synthetic segment key → the cell its members fill. Keys not listed are ignored. */
  segmentCells: Record<string, Cell>;
  /** Composite node id → open branch → the cell of profiles that stop there. */
  openCells: Record<string, Record<string, Cell>>;
};

export class CompositeTooLargeError extends Error {
  constructor() {
    super(`The published tree and the draft are too large to compare (a comparison tree would exceed ${MAX_NODES} nodes).`);
    this.name = 'CompositeTooLargeError';
  }
}

type GraftPoint = { nodeId: string; branch?: string; from: Side };

const ORIGIN = { x: 0, y: 0 };

function outgoing(document: TreeDocument): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const e of document.edges) {
    const branches = out.get(e.source) ?? new Map<string, string>();
    branches.set(e.branch, e.target);
    out.set(e.source, branches);
  }
  return out;
}

/** Where profiles leave the published tree: each segment leaf, then each open branch. */
function graftPoints(published: TreeDocument): GraftPoint[] {
  const out = outgoing(published);
  const leaves = published.nodes.flatMap((n) => (n.type === 'segment' ? [{ nodeId: n.id, from: n.data.key }] : []));
  const open = published.nodes.flatMap((n) =>
    branchesOf(n).filter((b) => !out.get(n.id)?.has(b)).map((branch) => ({ nodeId: n.id, branch, from: null })),
  );
  return [...leaves, ...open];
}

/** The draft's nodes reachable below its root, in document order, and the root's child. */
function draftBody(draft: TreeDocument) {
  const out = outgoing(draft);
  const root = draft.nodes.find((n) => n.type === 'root')!;
  const start = out.get(root.id)?.get(ROOT_BRANCH);
  const reach = new Set<string>();
  const stack = start === undefined ? [] : [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reach.has(id)) continue;
    reach.add(id);
    for (const next of out.get(id)?.values() ?? []) stack.push(next);
  }
  const nodes = draft.nodes.filter((n) => reach.has(n.id));
  return { start, nodes, out, index: new Map(nodes.map((n, i) => [n.id, i])) };
}

function build(published: TreeDocument, draft: TreeDocument, points: GraftPoint[], chosen: Set<number>): Composite {
  const body = draftBody(draft);
  const pid = new Map(published.nodes.map((n, i) => [n.id, `p${i}`]));
  const nodes: TreeNode[] = [];
  const edges: TreeEdge[] = [];
  const segmentCells: Composite['segmentCells'] = {};
  const openCells: Composite['openCells'] = {};
  let keys = 0;
  const syntheticKey = (cell: Cell | null) => {
    const key = `k${keys++}`;
    if (cell) segmentCells[key] = cell;
    return key;
  };
  const leafGraft = new Map<string, number>();
  points.forEach((p, i) => {
    if (chosen.has(i) && p.branch === undefined) leafGraft.set(p.nodeId, i);
  });
  // The copy of the draft for graft point i; returns the id its incoming edge points at.
  const graft = (i: number, from: Side): string => {
    const id = (draftId: string) => `g${i}n${body.index.get(draftId)}`;
    for (const n of body.nodes) {
      const copy = { ...n, id: id(n.id), position: ORIGIN } as TreeNode;
      if (copy.type === 'segment') copy.data = { ...copy.data, key: syntheticKey({ from, to: copy.data.key }) };
      nodes.push(copy);
      const out = body.out.get(n.id);
      for (const branch of branchesOf(n)) {
        const target = out?.get(branch);
        if (target === undefined) (openCells[copy.id] ??= {})[branch] = { from, to: null };
        else edges.push({ source: copy.id, target: id(target), branch });
      }
    }
    return id(body.start!);
  };

  for (const n of published.nodes) {
    const i = leafGraft.get(n.id);
    // A grafted leaf disappears when the draft has a body; its incoming edge leads to the copy.
    if (i !== undefined && body.start !== undefined) continue;
    const copy = { ...n, id: pid.get(n.id)!, position: ORIGIN } as TreeNode;
    if (copy.type === 'segment') {
      copy.data = { ...copy.data, key: syntheticKey(i === undefined ? null : { from: copy.data.key, to: null }) };
    }
    nodes.push(copy);
  }
  const graftTarget = new Map<string, string>();
  if (body.start !== undefined) for (const [leaf, i] of leafGraft) graftTarget.set(leaf, graft(i, points[i].from));
  for (const e of published.edges) {
    edges.push({ source: pid.get(e.source)!, target: graftTarget.get(e.target) ?? pid.get(e.target)!, branch: e.branch });
  }
  points.forEach((p, i) => {
    if (!chosen.has(i) || p.branch === undefined) return;
    const source = pid.get(p.nodeId)!;
    if (body.start === undefined) (openCells[source] ??= {})[p.branch] = { from: null, to: null };
    else edges.push({ source, target: graft(i, null), branch: p.branch });
  });
  return { document: { version: 1, nodes, edges }, segmentCells, openCells };
}

/**
 * One or more composite trees whose synthetic segment and open-branch counts, added up over
 * all of them, give every (published segment → draft segment) count. Both documents must be
 * valid (validateTree).
 */
export function buildComposites(
  published: TreeDocument,
  draft: TreeDocument,
  limits: { nodes: number; edges: number } = { nodes: MAX_NODES, edges: MAX_EDGES },
): Composite[] {
  const points = graftPoints(published);
  const body = draftBody(draft);
  const perGraft = { nodes: body.nodes.length, edges: body.nodes.length };
  const composites: Composite[] = [];
  let chunk = new Set<number>();
  let size = { nodes: published.nodes.length, edges: published.edges.length };
  const fits = (s: typeof size) => s.nodes <= limits.nodes && s.edges <= limits.edges;
  points.forEach((_, i) => {
    const next = { nodes: size.nodes + perGraft.nodes, edges: size.edges + perGraft.edges };
    if (!fits(next) && chunk.size > 0) {
      composites.push(build(published, draft, points, chunk));
      chunk = new Set();
      size = { nodes: published.nodes.length, edges: published.edges.length };
    }
    chunk.add(i);
    size = { nodes: size.nodes + perGraft.nodes, edges: size.edges + perGraft.edges };
    if (!fits(size)) throw new CompositeTooLargeError();
  });
  composites.push(build(published, draft, points, chunk));
  return composites;
}
