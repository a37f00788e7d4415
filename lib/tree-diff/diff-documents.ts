import { type NodeKind, type TreeDocument, type TreeNode, branchesOf, describeCondition } from '@/lib/segments';
import { canonicalJson } from './canonical-json';
import { nodeLabel } from './node-label';

// What changed between two tree documents, node by node. Nodes are matched by id (the editor
// keeps ids stable; a node deleted and drawn again is "removed" + "added"). Positions are
// ignored: moving a node on the canvas changes nobody's segment.

export type NodeChangeKind = 'kind' | 'label' | 'condition' | 'cases' | 'wiring' | 'segment-key' | 'segment-name' | 'segment-color';

export type NodeRef = { nodeId: string; kind: NodeKind; label: string };

export type NodeChange = NodeRef & {
  /** Each aspect that differs, with both sides in words. */
  changes: { what: NodeChangeKind; before: string; after: string }[];
};

export type DocumentDiff = {
  added: NodeRef[];
  removed: NodeRef[];
  changed: NodeChange[];
  /** Nodes present on both sides with no change. */
  unchanged: number;
};

const OPEN = '(not connected)';

function ref(node: TreeNode): NodeRef {
  return { nodeId: node.id, kind: node.type, label: nodeLabel(node) };
}

/** "yes → Champions, no → (not connected)": where each branch of the node leads. */
function wiring(document: TreeDocument, node: TreeNode, byId: Map<string, TreeNode>): string {
  const out = new Map(document.edges.filter((e) => e.source === node.id).map((e) => [e.branch, e.target]));
  const caseLabels = node.type === 'switch' ? new Map(node.data.cases.map((c) => [c.id, c.label || c.id])) : new Map<string, string>();
  return branchesOf(node)
    .map((branch) => {
      const target = out.get(branch);
      const to = target === undefined ? OPEN : byId.has(target) ? nodeLabel(byId.get(target)!) : target;
      return `${caseLabels.get(branch) ?? branch} → ${to}`;
    })
    .join(', ');
}

function casesText(node: TreeNode): string {
  if (node.type !== 'switch') return '';
  return node.data.cases.map((c) => `${c.label || c.id}: ${describeCondition(c.condition)}`).join('; ');
}

function compare(before: TreeDocument, after: TreeDocument, a: TreeNode, b: TreeNode, maps: [Map<string, TreeNode>, Map<string, TreeNode>]) {
  const changes: NodeChange['changes'] = [];
  const push = (what: NodeChangeKind, x: string, y: string) => {
    if (x !== y) changes.push({ what, before: x, after: y });
  };
  if (a.type !== b.type) {
    push('kind', a.type, b.type);
    return changes;
  }
  if (a.type === 'split' && b.type === 'split') {
    if (canonicalJson(a.data.condition) !== canonicalJson(b.data.condition)) {
      changes.push({ what: 'condition', before: describeCondition(a.data.condition), after: describeCondition(b.data.condition) });
    }
  }
  if (a.type === 'switch' && b.type === 'switch' && canonicalJson(a.data.cases) !== canonicalJson(b.data.cases)) {
    const [x, y] = [casesText(a), casesText(b)];
    // Same words, different data (e.g. a case id): still a change worth listing.
    changes.push({ what: 'cases', before: x, after: x === y ? `${y} (case ids changed)` : y });
  }
  if (a.type === 'segment' && b.type === 'segment') {
    push('segment-key', a.data.key, b.data.key);
    push('segment-name', a.data.name, b.data.name);
    push('segment-color', a.data.color, b.data.color);
  }
  if (a.type !== 'segment') {
    const labelOf = (n: TreeNode) => (n.type === 'segment' ? '' : (n.data?.label ?? ''));
    push('label', labelOf(a), labelOf(b));
  }
  const [x, y] = [wiring(before, a, maps[0]), wiring(after, b, maps[1])];
  // Wiring compares targets by id: a child renamed is not a wiring change of its parent.
  const targets = (doc: TreeDocument, id: string) =>
    canonicalJson(doc.edges.filter((e) => e.source === id).map((e) => [e.branch, e.target]).sort());
  if (targets(before, a.id) !== targets(after, b.id)) changes.push({ what: 'wiring', before: x, after: y });
  return changes;
}

export function diffDocuments(before: TreeDocument, after: TreeDocument): DocumentDiff {
  const beforeById = new Map(before.nodes.map((n) => [n.id, n]));
  const afterById = new Map(after.nodes.map((n) => [n.id, n]));
  const diff: DocumentDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const node of after.nodes) {
    const old = beforeById.get(node.id);
    if (!old) {
      diff.added.push(ref(node));
      continue;
    }
    const changes = compare(before, after, old, node, [beforeById, afterById]);
    if (changes.length > 0) diff.changed.push({ ...ref(node), changes });
    else diff.unchanged++;
  }
  for (const node of before.nodes) if (!afterById.has(node.id)) diff.removed.push(ref(node));
  return diff;
}

/** Whether publishing `after` would change anything compared with `before` (positions aside). */
export function documentsDiffer(before: TreeDocument, after: TreeDocument): boolean {
  const diff = diffDocuments(before, after);
  return diff.added.length + diff.removed.length + diff.changed.length > 0;
}
