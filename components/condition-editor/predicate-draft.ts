import type { PredicateDraft } from '@/lib/condition-editor/predicate-drafts';

/** The operator and operand of a condition or filter, as the predicate inputs edit them. */
export function predicateDraft(condition: { operator: PredicateDraft['operator'] } & { value?: unknown }): PredicateDraft {
  return 'value' in condition && condition.value !== undefined ? { operator: condition.operator, value: condition.value } : { operator: condition.operator };
}
