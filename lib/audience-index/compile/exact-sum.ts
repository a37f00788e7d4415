import { fsum } from '@/lib/segments';
import type { NumberOp } from './value-test';

// The evaluator compares sums and averages as fsum gives them: the correctly rounded exact
// sum, independent of event order. A plain running sum can differ in the last bits, which
// only matters when the measure lies next to the operand. So the index adds naively, bounds
// the error, and answers from the bound whenever every value inside it gives the same
// answer; otherwise (rare: ties at the boundary, overflow) it recomputes with fsum itself.

/** |naive − fsum| ≤ errorBound(n, Σ|v|), with room to spare for the rounding of the bound. */
export function errorBound(n: number, absSum: number): number {
  return (n + 1) * 2 ** -52 * absSum;
}

/**
 * The answer of `m op [lo, hi]` for every m in [low, high]: 1 or 0 when they all agree, −1
 * when they may not (then the exact value decides). NaN bounds always give −1.
 */
export function decide(op: NumberOp, low: number, high: number, lo: number, hi: number): number {
  switch (op) {
    case 'gt': return low > lo ? 1 : high <= lo ? 0 : -1;
    case 'gte': return low >= lo ? 1 : high < lo ? 0 : -1;
    case 'lt': return high < lo ? 1 : low >= lo ? 0 : -1;
    case 'lte': return high <= lo ? 1 : low > lo ? 0 : -1;
    case 'eq': return lo < low || lo > high ? 0 : low === high ? (low === lo ? 1 : 0) : -1;
    case 'neq': return lo < low || lo > high ? 1 : low === high ? (low !== lo ? 1 : 0) : -1;
    case 'between': return low >= lo && high <= hi ? 1 : high < lo || low > hi ? 0 : -1;
  }
}

/** sum or avg of the values in `values` (reused scratch), exactly as the evaluator computes it. */
export function exactMeasure(values: number[], average: boolean): number {
  const sum = fsum(values);
  return average ? sum / values.length : sum;
}
