import type { Condition } from './schema/conditions';
import { ELSE_BRANCH, ROOT_BRANCH, type TreeDocument, type TreeNode, treeDocumentSchema } from './schema/tree';
import { capitalize, nodeName } from './validate/node-name';
import { type ValidationIssue, issuesFromZod } from './validate/zod-issues';

export type { ValidationIssue } from './validate/zod-issues';

// Errors make a tree impossible to evaluate or ambiguous (two ways into a node, a loop, an
// edge on a branch that does not exist); warnings describe a draft that evaluates fine but
// probably not as meant (a branch left open, a node nobody reaches).
export type TreeValidation = {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** The parsed document, when there are no errors. */
  tree?: TreeDocument;
};

export function branchesOf(node: TreeNode): string[] {
  switch (node.type) {
    case 'root':
      return [ROOT_BRANCH];
    case 'split':
      return ['yes', 'no'];
    case 'switch':
      return [...node.data.cases.map((c) => c.id), ELSE_BRANCH];
    case 'segment':
      return [];
  }
}

export function nodeConditions(node: TreeNode): Condition[] {
  if (node.type === 'split') return [node.data.condition];
  if (node.type === 'switch') return node.data.cases.map((c) => c.condition);
  return [];
}

/** Segment keys a condition refers to, for the server's cross-tree cycle check. */
export function segmentReferences(tree: TreeDocument): string[] {
  const keys = new Set<string>();
  const visit = (c: Condition): void => {
    if (c.type === 'segment') keys.add(c.segment);
    if (c.type === 'group') c.conditions.forEach(visit);
  };
  tree.nodes.flatMap(nodeConditions).forEach(visit);
  return [...keys];
}

export function validateTree(input: unknown): TreeValidation {
  const parsed = treeDocumentSchema.safeParse(input);
  if (!parsed.success) return { errors: issuesFromZod(input, parsed.error), warnings: [] };
  const tree = parsed.data;
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const error = (message: string, node?: TreeNode) => errors.push({ nodeId: node?.id, message });
  const warn = (message: string, node?: TreeNode) => warnings.push({ nodeId: node?.id, message });

  const byId = new Map<string, TreeNode>();
  for (const node of tree.nodes) {
    if (byId.has(node.id)) error(`Two nodes share the id '${node.id}'.`, node);
    else byId.set(node.id, node);
  }
  const roots = tree.nodes.filter((n) => n.type === 'root');
  if (roots.length === 0) error('The tree needs a root node, where every profile starts.');
  roots.slice(1).forEach((extra) => error('A tree has exactly one root; remove this one.', extra));

  const keys = new Map<string, TreeNode>();
  for (const node of tree.nodes) {
    if (node.type !== 'segment') continue;
    if (keys.has(node.data.key)) error(`Two segments use the key '${node.data.key}'; keys must be unique.`, node);
    else keys.set(node.data.key, node);
  }
  if (keys.size === 0) warn('The tree has no segments yet.');

  const out = new Map<string, Map<string, string>>();
  const incoming = new Map<string, number>();
  const edgeIds = new Set<string>();
  tree.edges.forEach((edge, i) => {
    const label = `Connection ${i + 1}`;
    if (edge.id !== undefined) {
      if (edgeIds.has(edge.id)) error(`${label}: two connections share the id '${edge.id}'.`);
      edgeIds.add(edge.id);
    }
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source) return error(`${label} starts at a node that does not exist ('${edge.source}').`);
    if (!target) return error(`${label} ends at a node that does not exist ('${edge.target}').`);
    const name = capitalize(nodeName(source));
    if (source.type === 'segment') return error(`${name} is an end point: remove the connection leaving it.`, source);
    if (!branchesOf(source).includes(edge.branch)) {
      const expected = branchesOf(source).map((b) => `'${b}'`).join(', ');
      return error(`${name} has no branch '${edge.branch}' (its branches: ${expected}).`, source);
    }
    const branches = out.get(source.id) ?? new Map<string, string>();
    if (branches.has(edge.branch)) return error(`${name} has two connections on its '${edge.branch}' branch.`, source);
    if (target.type === 'root') return error('Nothing can connect into the root.', target);
    if (source.id === target.id) return error(`${name} connects to itself.`, source);
    branches.set(edge.branch, target.id);
    out.set(source.id, branches);
    incoming.set(target.id, (incoming.get(target.id) ?? 0) + 1);
  });

  for (const [id, count] of incoming) {
    const node = byId.get(id)!;
    if (count > 1) error(`${capitalize(nodeName(node))} has ${count} connections coming in; a node can only be reached one way.`, node);
  }

  const loop = findLoop(tree.nodes, out);
  if (loop) error(`These nodes form a loop: ${loop.map((id) => nodeName(byId.get(id)!)).join(' → ')}.`, byId.get(loop[0]));

  for (const node of tree.nodes) {
    const taken = out.get(node.id);
    const name = capitalize(nodeName(node));
    if (node.type === 'root' && !taken?.has(ROOT_BRANCH)) {
      warn('The root has no connection, so every profile stays unassigned.', node);
    } else if (node.type === 'split') {
      for (const b of ['yes', 'no']) if (!taken?.has(b)) warn(`${name} has no '${b}' branch — its profiles stay unassigned.`, node);
    } else if (node.type === 'switch') {
      for (const c of node.data.cases) {
        if (!taken?.has(c.id)) warn(`${name} has no branch for case '${c.label || c.id}' — its profiles stay unassigned.`, node);
      }
      if (!taken?.has(ELSE_BRANCH)) warn(`${name} has no 'else' branch — its profiles stay unassigned.`, node);
    }
    for (const key of segmentReferencesOf(node)) {
      if (keys.has(key)) error(`${name} refers to segment '${key}' of this same tree; a tree cannot depend on itself.`, node);
    }
  }

  const reachable = new Set<string>();
  const stack = roots.length === 1 ? [roots[0].id] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const target of out.get(id)?.values() ?? []) stack.push(target);
  }
  if (roots.length === 1) {
    for (const node of tree.nodes) {
      if (!reachable.has(node.id)) warn(`${capitalize(nodeName(node))} is not connected to the root, so no profile reaches it.`, node);
    }
  }

  return { errors, warnings, tree: errors.length === 0 ? tree : undefined };
}

function segmentReferencesOf(node: TreeNode): string[] {
  return segmentReferences({ version: 1, nodes: [node], edges: [] });
}

/** The first cycle found, as node ids with the first repeated at the end. */
function findLoop(nodes: TreeNode[], out: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const path: string[] = [];
    const iterators: Iterator<string>[] = [];
    const enter = (id: string) => {
      state.set(id, 'open');
      path.push(id);
      iterators.push((out.get(id)?.values() ?? [][Symbol.iterator]()) as Iterator<string>);
    };
    enter(start.id);
    while (path.length > 0) {
      const next = iterators[iterators.length - 1].next();
      if (next.done) {
        state.set(path.pop()!, 'done');
        iterators.pop();
      } else if (state.get(next.value) === 'open') {
        return [...path.slice(path.indexOf(next.value)), next.value];
      } else if (!state.has(next.value)) {
        enter(next.value);
      }
    }
  }
  return undefined;
}
