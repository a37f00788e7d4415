import type { TreeDocument } from '../schema/tree';
import { ELSE_BRANCH, ROOT_BRANCH } from '../schema/tree';
import { type ValidationIssue, nodeConditions, validateTree } from '../validate-tree';
import { type Test, compileCondition, usesSegments } from './condition';

// A tree turned once into a map of closures. Only trees without validation errors compile:
// an evaluator must never meet a loop, a node with two ways in, or an unsafe pattern.

export type CompiledNode =
  | { kind: 'root'; id: string; next?: string }
  | { kind: 'split'; id: string; test: Test; yes?: string; no?: string }
  | { kind: 'switch'; id: string; cases: { id: string; test: Test; next?: string }[]; otherwise?: string }
  | { kind: 'segment'; id: string; key: string };

export type CompiledTree = {
  readonly compiled: true;
  readonly document: TreeDocument;
  readonly rootId: string;
  readonly nodes: ReadonlyMap<string, CompiledNode>;
  /** Every node id, in document order (counts report each, reached or not). */
  readonly nodeIds: readonly string[];
  readonly segmentKeys: readonly string[];
  /** Whether evaluation needs options.segmentMembership. */
  readonly usesSegments: boolean;
  readonly warnings: readonly ValidationIssue[];
};

export class TreeValidationError extends Error {
  constructor(
    readonly errors: ValidationIssue[],
    readonly warnings: ValidationIssue[],
  ) {
    super(`Invalid tree: ${errors.map((e) => e.message).join(' ')}`);
    this.name = 'TreeValidationError';
  }
}

export function isCompiledTree(value: unknown): value is CompiledTree {
  return typeof value === 'object' && value !== null && (value as { compiled?: unknown }).compiled === true;
}

export function compileTree(document: unknown): CompiledTree {
  const { errors, warnings, tree } = validateTree(document);
  if (!tree) throw new TreeValidationError(errors, warnings);
  const next = new Map<string, Map<string, string>>();
  for (const edge of tree.edges) {
    const branches = next.get(edge.source) ?? new Map<string, string>();
    branches.set(edge.branch, edge.target);
    next.set(edge.source, branches);
  }
  const nodes = new Map<string, CompiledNode>();
  let rootId = '';
  for (const node of tree.nodes) {
    const out = next.get(node.id);
    switch (node.type) {
      case 'root':
        rootId = node.id;
        nodes.set(node.id, { kind: 'root', id: node.id, next: out?.get(ROOT_BRANCH) });
        break;
      case 'split':
        nodes.set(node.id, {
          kind: 'split',
          id: node.id,
          test: compileCondition(node.data.condition),
          yes: out?.get('yes'),
          no: out?.get('no'),
        });
        break;
      case 'switch':
        nodes.set(node.id, {
          kind: 'switch',
          id: node.id,
          cases: node.data.cases.map((c) => ({ id: c.id, test: compileCondition(c.condition), next: out?.get(c.id) })),
          otherwise: out?.get(ELSE_BRANCH),
        });
        break;
      case 'segment':
        nodes.set(node.id, { kind: 'segment', id: node.id, key: node.data.key });
        break;
    }
  }
  return {
    compiled: true,
    document: tree,
    rootId,
    nodes,
    nodeIds: tree.nodes.map((n) => n.id),
    segmentKeys: tree.nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : [])),
    usesSegments: tree.nodes.flatMap(nodeConditions).some(usesSegments),
    warnings,
  };
}
