import { branchesOf, type TreeDocument, type TreeNode } from '@/lib/segments';

// The canvas's connection rules, checked while the user drags so an invalid target is
// refused with a reason (not silently, and not by a 422 later): every non-root node has one
// way in, each branch leads to one node, nothing enters the root, no loops.

export interface ConnectionRequest {
  source: string;
  /** The branch (handle id) the connection leaves from: 'all', 'yes', 'no', a case id or 'else'. */
  branch: string | null | undefined;
  target: string;
}

type ConnectionCheck = { ok: true } | { ok: false; reason: string };

function nodeTitle(node: TreeNode): string {
  switch (node.type) {
    case 'root':
      return 'the root';
    case 'split':
      return node.data.label ? `split “${node.data.label}”` : 'this split';
    case 'switch':
      return node.data.label ? `switch “${node.data.label}”` : 'this switch';
    case 'segment':
      return `segment “${node.data.name || node.data.key}”`;
  }
}

/** Nodes reachable from `start` following edges (start included). */
export function descendants(doc: TreeDocument, start: string): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of doc.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(out.get(id) ?? []));
  }
  return seen;
}

/** Why a branch cannot take another connection, or undefined when it is open. */
export function branchTaken(doc: TreeDocument, source: string, branch: string): string | undefined {
  const taken = doc.edges.find((e) => e.source === source && e.branch === branch);
  if (!taken) return undefined;
  const other = doc.nodes.find((n) => n.id === taken.target);
  return `That branch already leads to ${other ? nodeTitle(other) : 'another node'}; delete that connection first.`;
}

export function checkConnection(doc: TreeDocument, { source, branch, target }: ConnectionRequest): ConnectionCheck {
  const from = doc.nodes.find((n) => n.id === source);
  const to = doc.nodes.find((n) => n.id === target);
  if (!from || !to) return { ok: false, reason: 'That node no longer exists.' };
  if (source === target) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (to.type === 'root') return { ok: false, reason: 'Nothing can connect into the root: every profile starts there.' };
  if (from.type === 'segment') return { ok: false, reason: 'A segment is an end point: nothing leaves it.' };
  if (!branch || !branchesOf(from).includes(branch)) return { ok: false, reason: `Drag from one of the branches of ${nodeTitle(from)}.` };
  const taken = branchTaken(doc, source, branch);
  if (taken) return { ok: false, reason: taken };
  const incoming = doc.edges.find((e) => e.target === target);
  if (incoming) {
    const other = doc.nodes.find((n) => n.id === incoming.source);
    return { ok: false, reason: `${capitalize(nodeTitle(to))} is already reached from ${other ? nodeTitle(other) : 'another node'}: a node has one way in.` };
  }
  if (descendants(doc, target).has(source)) return { ok: false, reason: 'That would make a loop: profiles would never reach a segment.' };
  return { ok: true };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
