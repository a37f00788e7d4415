import { type Predicate, compilePredicate } from '@/lib/segments';

// How the index reads numbers: per-value rules are the evaluator's own predicate
// (compilePredicate of lib/segments), asked once per type tag and dictionary entry.
/** Operators whose answer on a number row depends on the number. */
export type NumberOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'between';

/** How a predicate reads finite numbers: a comparison [op, lo, hi], or a constant answer. */
export function numberRule(p: Predicate): { op: NumberOp; lo: number; hi: number } | boolean {
  switch (p.operator) {
    case 'eq':
    case 'neq':
      return typeof p.value === 'number' ? { op: p.operator, lo: p.value, hi: p.value } : false;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { op: p.operator, lo: p.value, hi: p.value };
    case 'between':
      return { op: 'between', lo: p.value[0], hi: p.value[1] };
    default:
      // Every other operator answers the same for every finite number.
      return compilePredicate(p)(0, 0);
  }
}
