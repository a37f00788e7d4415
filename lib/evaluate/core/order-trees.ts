import { type CompiledTree, segmentReferences } from '@/lib/segments';

/**
 * Published trees in dependency order: a tree whose `segment` conditions read another
 * tree's segments comes after that tree, so one request's memberships are known before they
 * are read. Publishing refuses cycles and unknown keys; should one slip through anyway, the
 * tree is still evaluated (an unresolved membership reads as "not in the segment").
 */
export function orderTrees<T extends { compiled: CompiledTree }>(trees: readonly T[]): T[] {
  const owner = new Map<string, T>();
  for (const t of trees) for (const key of t.compiled.segmentKeys) owner.set(key, t);
  const state = new Map<T, 'visiting' | 'done'>();
  const order: T[] = [];
  const visit = (t: T) => {
    if (state.has(t)) return;
    state.set(t, 'visiting');
    for (const key of segmentReferences(t.compiled.document)) {
      const dep = owner.get(key);
      if (dep && dep !== t && !state.has(dep)) visit(dep);
    }
    state.set(t, 'done');
    order.push(t);
  };
  trees.forEach(visit);
  return order;
}
