import type { Operator } from '@/lib/segments/schema/operators';

// What a valid but surprising choice means, shown under the input (docs/SEGMENTS.md).

const NEGATIVE: Partial<Record<Operator, true>> = { neq: true, not_in: true, not_contains: true, not_includes: true };

export function operandHint(operator: Operator, value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) {
    if (operator === 'in') return 'An empty list matches no one.';
    if (operator === 'not_in') return 'An empty list excludes nothing: every text value matches.';
  }
  if (value === '') {
    if (operator === 'contains' || operator === 'starts_with' || operator === 'ends_with') return 'Empty text matches every text value.';
    if (operator === 'not_contains') return 'Empty text: no value matches.';
  }
  return undefined;
}

export function operatorHint(operator: Operator): string | undefined {
  if (NEGATIVE[operator]) return "Profiles without this value don't match either. To include them, use 'not' on a group instead.";
  return undefined;
}

export function groupHint(combinator: 'and' | 'or', negated: boolean, size: number): string | undefined {
  if (size === 0) {
    const inner = combinator === 'and' ? 'An empty "all of" group is true for everyone' : 'An empty "any of" group matches no one';
    return negated ? `${inner}; negated, the opposite.` : `${inner}.`;
  }
  if (negated) return 'Not (…) also matches profiles that have no value for these fields. Add "is set" inside to exclude them.';
  return undefined;
}

export function measureHint(measure: string): string | undefined {
  if (measure === 'avg' || measure === 'min' || measure === 'max') {
    return 'Profiles without a matching event (or without a numeric value) have no value here and never match.';
  }
  return undefined;
}
