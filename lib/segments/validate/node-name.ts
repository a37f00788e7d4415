import { describeCondition } from '../describe';
import type { TreeNode } from '../schema/tree';

// How validation messages name a node: "split 'Age'", "segment 'VIP'". Falls back to the
// condition summary, then the id, since drafts often have no labels yet.
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function nodeName(node: TreeNode): string {
  switch (node.type) {
    case 'root':
      return 'the root';
    case 'split':
      return `split '${shorten(node.data.label || describeCondition(node.data.condition))}'`;
    case 'switch':
      return `switch '${shorten(node.data.label || node.id)}'`;
    case 'segment':
      return `segment '${shorten(node.data.name)}'`;
  }
}

/** For raw (possibly invalid) input: the best name we can give without trusting its shape. */
export function rawNodeName(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const node = raw as { id?: unknown; type?: unknown; data?: { label?: unknown; name?: unknown } };
  const type = typeof node.type === 'string' ? node.type : 'node';
  const label = node.data?.label ?? node.data?.name ?? node.id;
  if (type === 'root') return 'the root';
  return typeof label === 'string' && label ? `${type} '${shorten(label)}'` : type;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
