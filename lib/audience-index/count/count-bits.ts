import { type CompiledTree, ELSE_BRANCH, ROOT_BRANCH, type TreeCounts, type TreeNode } from '@/lib/segments';
import { andNot, countBits, orInto, wordsFor } from '../compile/bits';
import type { Expr } from '../compile/expr';
import { shared } from '../storage/typed';

// Counts a tree over the columnar slots, set-wise (see compile/bits.ts): the root's set is
// every live slot that consent does not exclude; a split sends (set ∧ condition) down
// "yes" and the rest down "no"; a switch tries its cases in order on what is left. Every
// node's count is a popcount, so the reference invariants (node = Σ branches + stopped)
// hold by construction. Slots are processed in word ranges so two threads can share a tree.
export interface TreeCountPlan {
  readonly tree: CompiledTree;
  /** The compiled condition of a split (k = 0) or of a switch's case k. */
  readonly condition: (node: TreeNode, k: number) => Expr;
}

/** What one word range contributed: profiles reaching each node, and where some stopped. */
export type CountRange = { nodes: Float64Array; stopped: Map<string, number> };

class Buffers {
  private readonly free: Int32Array[] = [];
  constructor(private readonly words: number) {}
  take(): Int32Array {
    return this.free.pop() ?? new Int32Array(this.words);
  }
  give(bits: Int32Array): void {
    this.free.push(bits);
  }
}

/** The root's set: live slots consent does not exclude, with the totals. */
export interface RootSet {
  bits: Int32Array;
  total: number;
  excluded: number;
}

/** state[slot] is 0 for a masked slot, else its consent code; excluded[code] === 1 when consent excludes. */
export function rootSet(state: Uint8Array, excluded: Uint8Array): RootSet {
  const words = wordsFor(state.length);
  // Shared memory: a counting thread reads the same set.
  const root: RootSet = { bits: shared(Int32Array, words), total: 0, excluded: 0 };
  for (let w = 0; w < words; w++) {
    let bits = 0;
    const base = w << 5;
    const last = Math.min(32, state.length - base);
    for (let b = 0; b < last; b++) {
      const s = state[base + b];
      if (s === 0) continue;
      root.total++;
      if (excluded[s] === 1) root.excluded++;
      else bits |= 1 << b;
    }
    root.bits[w] = bits;
  }
  return root;
}

/**
 * Counts the slots of `root` in words [w0, w1). Stopped profiles are keyed "nodeIndex\u0000branch".
 * `onSegment` is shown the set reaching each segment node (to list members).
 */
export function countRange(
  plan: TreeCountPlan,
  root: RootSet,
  w0: number,
  w1: number,
  onSegment?: (key: string, bits: Int32Array) => void,
): CountRange {
  const nodes = plan.tree.document.nodes;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const next = new Map<string, Map<string, string>>();
  for (const edge of plan.tree.document.edges) {
    if (!next.has(edge.source)) next.set(edge.source, new Map());
    next.get(edge.source)!.set(edge.branch, edge.target);
  }
  const buffers = new Buffers(root.bits.length);
  const result: CountRange = { nodes: new Float64Array(nodes.length), stopped: new Map() };

  const evaluate = (expr: Expr, within: Int32Array, out: Int32Array): void => {
    switch (expr.kind) {
      case 'const':
        if (expr.value) out.set(within.subarray(w0, w1), w0);
        else out.fill(0, w0, w1);
        return;
      case 'test':
        expr.bits(within, out, w0, w1);
        return;
      case 'not': {
        const inner = buffers.take();
        evaluate(expr.item, within, inner);
        andNot(out, within, inner, w0, w1);
        buffers.give(inner);
        return;
      }
      case 'and': {
        // Each operand only sees the slots all operands before it accepted.
        let current = within;
        for (let k = 0; k < expr.items.length; k++) {
          const target = k === expr.items.length - 1 ? out : buffers.take();
          evaluate(expr.items[k], current, target);
          if (current !== within) buffers.give(current);
          current = target;
        }
        return;
      }
      case 'or': {
        // Each operand only sees the slots no operand before it accepted.
        out.fill(0, w0, w1);
        let remaining = within;
        const hit = buffers.take();
        for (let k = 0; k < expr.items.length; k++) {
          evaluate(expr.items[k], remaining, hit);
          orInto(out, hit, w0, w1);
          if (k === expr.items.length - 1) break;
          const rest = remaining === within ? buffers.take() : remaining;
          andNot(rest, remaining, hit, w0, w1);
          remaining = rest;
        }
        if (remaining !== within) buffers.give(remaining);
        buffers.give(hit);
        return;
      }
    }
  };

  const follow = (node: TreeNode, branch: string, bits: Int32Array): void => {
    const target = next.get(node.id)?.get(branch);
    if (target !== undefined) return visit(index.get(target)!, bits);
    const stopped = countBits(bits, w0, w1);
    buffers.give(bits);
    if (stopped === 0) return;
    const key = `${index.get(node.id)}\u0000${branch}`;
    result.stopped.set(key, (result.stopped.get(key) ?? 0) + stopped);
  };

  const visit = (i: number, reach: Int32Array): void => {
    const node = nodes[i];
    const reached = countBits(reach, w0, w1);
    result.nodes[i] += reached;
    if (reached !== 0 && node.type === 'segment') onSegment?.(node.data.key, reach);
    // Nobody here: every node below counts 0 and nobody stops.
    if (reached === 0 || node.type === 'segment') return buffers.give(reach);
    if (node.type === 'root') return follow(node, ROOT_BRANCH, reach);
    if (node.type === 'split') {
      const yes = buffers.take();
      evaluate(plan.condition(node, 0), reach, yes);
      andNot(reach, reach, yes, w0, w1);
      follow(node, 'yes', yes);
      return follow(node, 'no', reach);
    }
    const { cases } = node.data;
    for (let k = 0; k < cases.length; k++) {
      const hit = buffers.take();
      evaluate(plan.condition(node, k), reach, hit);
      andNot(reach, reach, hit, w0, w1);
      follow(node, cases[k].id, hit);
    }
    follow(node, ELSE_BRANCH, reach);
  };

  // The walk overwrites the sets it is given: start from a copy of the root's.
  const start = buffers.take();
  start.set(root.bits.subarray(w0, w1), w0);
  visit(index.get(plan.tree.rootId)!, start);
  return result;
}

/** Range results (one per thread) → the reference shape of lib/segments/count-tree.ts. */
export function toTreeCounts(tree: CompiledTree, root: RootSet, ranges: readonly CountRange[]): TreeCounts {
  const nodes = tree.document.nodes;
  const counts: TreeCounts = { total: root.total, excludedNoConsent: root.excluded, nodes: {}, segments: {}, unassigned: 0, unassignedAt: {} };
  for (const id of tree.nodeIds) counts.nodes[id] = 0;
  for (const key of tree.segmentKeys) counts.segments[key] = 0;
  for (const range of ranges) {
    range.nodes.forEach((n, i) => {
      counts.nodes[nodes[i].id] += n;
      const node = nodes[i];
      if (node.type === 'segment') counts.segments[node.data.key] += n;
    });
    for (const [key, n] of range.stopped) {
      const [i, branch] = key.split('\u0000');
      const at = (counts.unassignedAt[nodes[Number(i)].id] ??= {});
      at[branch] = (at[branch] ?? 0) + n;
      counts.unassigned += n;
    }
  }
  return counts;
}
