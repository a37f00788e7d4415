import type { CompiledTree, Condition, TreeNode } from '@/lib/segments';

// Which event property columns a tree reads, so they can be loaded before it is counted:
// high-cardinality properties (urls, order ids) are never loaded unless a tree asks.
export interface PropertyNeed {
  event: string;
  /** Path inside properties, dot-joined ("amount", "product.category"). */
  key: string;
}

const keyOf = (field: string) => field.split('.').slice(1).join('.');

function collect(condition: Condition, into: Map<string, PropertyNeed>): void {
  if (condition.type === 'group') {
    for (const child of condition.conditions) collect(child, into);
    return;
  }
  if (condition.type !== 'event') return;
  const fields = (condition.where ?? []).map((f) => f.field);
  if (condition.property) fields.push(condition.property);
  for (const field of fields) {
    const need = { event: condition.event, key: keyOf(field) };
    into.set(`${need.event}\u0000${need.key}`, need);
  }
}

export function conditionsOf(tree: CompiledTree): Condition[] {
  return tree.document.nodes.flatMap((node) => {
    if (node.type === 'split') return [node.data.condition];
    if (node.type === 'switch') return node.data.cases.map((c) => c.condition);
    return [];
  });
}

export function propertyNeeds(tree: CompiledTree): PropertyNeed[] {
  const needs = new Map<string, PropertyNeed>();
  for (const condition of conditionsOf(tree)) collect(condition, needs);
  return [...needs.values()];
}

/** The condition of a split (k = 0) or of a switch's case k. */
export function nodeCondition(node: TreeNode, k: number): Condition {
  if (node.type === 'split') return node.data.condition;
  if (node.type === 'switch') return node.data.cases[k].condition;
  throw new Error(`a ${node.type} node has no condition`);
}
