// Operators grouped by the type of value they read. The operand's JSON type picks the
// comparison (eq 31 compares numbers, eq "31" strings), since traits have no declared type.
export const NUMBER_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between'] as const;
export const STRING_OPERATORS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'matches',
] as const;
export const BOOLEAN_OPERATORS = ['is_true', 'is_false'] as const;
export const DATE_OPERATORS = ['before', 'after', 'within_last', 'not_within_last'] as const;
export const ARRAY_OPERATORS = ['includes', 'not_includes'] as const;
export const PRESENCE_OPERATORS = ['is_set', 'is_not_set'] as const;

export const OPERATORS = [
  ...new Set([
    ...NUMBER_OPERATORS,
    ...STRING_OPERATORS,
    ...BOOLEAN_OPERATORS,
    ...DATE_OPERATORS,
    ...ARRAY_OPERATORS,
    ...PRESENCE_OPERATORS,
  ]),
] as const;
export type Operator =
  | (typeof NUMBER_OPERATORS)[number]
  | (typeof STRING_OPERATORS)[number]
  | (typeof BOOLEAN_OPERATORS)[number]
  | (typeof DATE_OPERATORS)[number]
  | (typeof ARRAY_OPERATORS)[number]
  | (typeof PRESENCE_OPERATORS)[number];

/** Comparisons of an event measure (a number, or missing for avg/min/max of nothing). */
export const COMPARISON_OPERATORS = ['gt', 'gte', 'lt', 'lte', 'eq', 'neq', 'between'] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
