import type { TreeDocument, TreeNode } from '@/lib/segments';
import type { CanvasFigures, EdgeFigures, NodeFigures } from './counts';
import { branchLabels, edgeId, type XY } from './edit';
import type { Size } from './layout';

// The document as the canvas's nodes and edges (React Flow's {id, type, position, data}
// shape, kept free of React here). The document stays the one source of truth: the canvas
// is derived from it on every change, and the canvas's own state (selection, measured
// sizes) is passed in rather than stored in the document.

export const TARGET_HANDLE = 'in';

export interface IssueNote {
  message: string;
  severity: 'error' | 'warning';
}

export interface CanvasNodeData extends Record<string, unknown> {
  tree: TreeNode;
  figures?: NodeFigures;
  /** Counts are from an earlier version of the draft (a new preview is on its way). */
  stale: boolean;
  issues: IssueNote[];
  /** Branches that have a connection (the others show their unassigned profiles). */
  connected: string[];
  /** Root only: all profiles and the excluded ones. */
  totals?: { total: number; excludedNoConsent: number };
}

export interface CanvasEdgeData extends Record<string, unknown> {
  branch: string;
  label: string;
  figures?: EdgeFigures;
  stale: boolean;
}

interface CanvasNode {
  id: string;
  type: TreeNode['type'];
  position: XY;
  data: CanvasNodeData;
  selected: boolean;
  deletable: boolean;
  measured?: Size;
}

interface CanvasEdge {
  id: string;
  type: 'flow';
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  data: CanvasEdgeData;
  selected: boolean;
}

export interface CanvasState {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  figures?: CanvasFigures;
  totals?: { total: number; excludedNoConsent: number };
  stale: boolean;
  issues: ReadonlyMap<string, IssueNote[]>;
  measured: ReadonlyMap<string, Size>;
}

export function toCanvasNodes(doc: TreeDocument, s: CanvasState): CanvasNode[] {
  const connected = new Map<string, string[]>();
  for (const e of doc.edges) connected.set(e.source, [...(connected.get(e.source) ?? []), e.branch]);
  return doc.nodes.map((node) => ({
    id: node.id,
    type: node.type,
    position: node.position,
    selected: s.selectedNodes.has(node.id),
    deletable: node.type !== 'root',
    ...(s.measured.has(node.id) ? { measured: s.measured.get(node.id) } : {}),
    data: {
      tree: node,
      figures: s.figures?.nodes.get(node.id),
      stale: s.stale,
      issues: s.issues.get(node.id) ?? [],
      connected: connected.get(node.id) ?? [],
      ...(node.type === 'root' && s.totals ? { totals: s.totals } : {}),
    },
  }));
}

export function toCanvasEdges(doc: TreeDocument, s: CanvasState): CanvasEdge[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  return doc.edges.map((edge) => {
    const id = edgeId(edge);
    const source = byId.get(edge.source);
    const label = source ? branchLabels(source).find((b) => b.branch === edge.branch)?.label ?? edge.branch : edge.branch;
    return {
      id,
      type: 'flow',
      source: edge.source,
      target: edge.target,
      sourceHandle: edge.branch,
      targetHandle: TARGET_HANDLE,
      selected: s.selectedEdges.has(id),
      data: { branch: edge.branch, label, figures: s.figures?.edges.get(id), stale: s.stale },
    };
  });
}
