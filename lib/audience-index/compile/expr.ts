import { type BitsTest, type RowTest, rowBits } from './bits';

// What a condition compiles to: a boolean expression over leaves. A leaf answers for one
// row (RowTest) and for a set of slots at once (BitsTest, see bits.ts); groups stay
// structure, evaluated set-wise with short-circuits (and: only what is still true goes on).
export type { RowTest } from './bits';

export type Expr =
  | { kind: 'const'; value: boolean }
  /** `test` answers one row (event property filters use it per event); `bits` a set of slots. */
  | { kind: 'test'; test?: RowTest; bits: BitsTest; cost: number }
  | { kind: 'and' | 'or'; items: Expr[] }
  | { kind: 'not'; item: Expr };

/** Rough relative costs of a leaf per row, used to try cheap operands of and / or first. */
export const COST = { column: 1, count: 3, aggregate: 8, filter: 4, search: 6, lookup: 20 } as const;

export const TRUE: Expr = { kind: 'const', value: true };
export const FALSE: Expr = { kind: 'const', value: false };
export const constant = (value: boolean): Expr => (value ? TRUE : FALSE);
export const test = (fn: RowTest, cost: number = COST.column, bits?: BitsTest): Expr => ({ kind: 'test', test: fn, bits: bits ?? rowBits(fn), cost });
export const bitsLeaf = (bits: BitsTest, cost: number): Expr => ({ kind: 'test', bits, cost });

export function costOf(expr: Expr): number {
  switch (expr.kind) {
    case 'const': return 0;
    case 'test': return expr.cost;
    case 'not': return costOf(expr.item);
    default: return expr.items.reduce((sum, item) => sum + costOf(item), 0);
  }
}

/**
 * and / or with constants folded away (empty and is true, empty or false) and the cheaper
 * operands first: leaves have no side effects the answer depends on, so the order is free,
 * and a profile that fails "plan is premium" never pays for summing its purchases.
 */
export function combine(kind: 'and' | 'or', items: Expr[]): Expr {
  const absorbing = kind === 'or';
  const kept: Expr[] = [];
  for (const item of items) {
    if (item.kind === 'const') {
      if (item.value === absorbing) return constant(absorbing);
      continue;
    }
    kept.push(item);
  }
  if (kept.length === 0) return constant(!absorbing);
  if (kept.length === 1) return kept[0];
  const costs = new Map(kept.map((item) => [item, costOf(item)]));
  return { kind, items: kept.sort((a, b) => costs.get(a)! - costs.get(b)!) };
}

export function negate(item: Expr): Expr {
  if (item.kind === 'const') return constant(!item.value);
  if (item.kind === 'not') return item.item;
  return { kind: 'not', item };
}
