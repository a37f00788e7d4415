import type { Condition, TreeDocument, TreeEdge, TreeNode } from '@/lib/segments';

// Templates are written as nested specs (easy to read and review) and turned into a tree
// document laid out like a tidy org chart: leaves side by side, each parent centred over
// its children, one row per level.

export type TemplateSpec =
  | { kind: 'segment'; id: string; key: string; name: string; color: string }
  | { kind: 'split'; id: string; label: string; condition: Condition; yes: TemplateSpec; no: TemplateSpec }
  | {
      kind: 'switch';
      id: string;
      label: string;
      cases: { id: string; label: string; condition: Condition; then: TemplateSpec }[];
      otherwise: TemplateSpec;
    };

export const COLUMN_WIDTH = 240;
export const ROW_HEIGHT = 170;

type Placed = { nodes: TreeNode[]; edges: TreeEdge[]; x: number };

function children(spec: TemplateSpec): { branch: string; child: TemplateSpec }[] {
  switch (spec.kind) {
    case 'segment':
      return [];
    case 'split':
      return [
        { branch: 'yes', child: spec.yes },
        { branch: 'no', child: spec.no },
      ];
    case 'switch':
      return [...spec.cases.map((c) => ({ branch: c.id, child: c.then })), { branch: 'else', child: spec.otherwise }];
  }
}

function toNode(spec: TemplateSpec, x: number, y: number): TreeNode {
  const position = { x, y };
  switch (spec.kind) {
    case 'segment':
      return { id: spec.id, type: 'segment', position, data: { key: spec.key, name: spec.name, color: spec.color } };
    case 'split':
      return { id: spec.id, type: 'split', position, data: { label: spec.label, condition: spec.condition } };
    case 'switch':
      return {
        id: spec.id,
        type: 'switch',
        position,
        data: { label: spec.label, cases: spec.cases.map((c) => ({ id: c.id, label: c.label, condition: c.condition })) },
      };
  }
}

/** Places `spec` with its leftmost leaf in column `column`; returns the nodes and its centre. */
function place(spec: TemplateSpec, depth: number, column: { next: number }): Placed {
  const kids = children(spec);
  if (kids.length === 0) {
    const x = column.next++ * COLUMN_WIDTH;
    return { nodes: [toNode(spec, x, depth * ROW_HEIGHT)], edges: [], x };
  }
  const placed = kids.map(({ branch, child }) => ({ branch, child, ...place(child, depth + 1, column) }));
  const x = (placed[0].x + placed[placed.length - 1].x) / 2;
  return {
    nodes: [toNode(spec, x, depth * ROW_HEIGHT), ...placed.flatMap((p) => p.nodes)],
    edges: placed.flatMap((p) => [{ id: `e-${spec.id}-${p.branch}`, source: spec.id, target: p.child.id, branch: p.branch }, ...p.edges]),
    x,
  };
}

/** A root ("Everyone") above the spec, every node placed. */
export function buildDocument(spec: TemplateSpec, rootLabel = 'Everyone'): TreeDocument {
  const body = place(spec, 1, { next: 0 });
  return {
    version: 1,
    nodes: [{ id: 'root', type: 'root', position: { x: body.x, y: 0 }, data: { label: rootLabel } }, ...body.nodes],
    edges: [{ id: 'e-root', source: 'root', target: spec.id, branch: 'all' }, ...body.edges],
  };
}
