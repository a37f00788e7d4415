import {
  ARRAY_OPERATORS,
  BOOLEAN_OPERATORS,
  DATE_OPERATORS,
  NUMBER_OPERATORS,
  type Operator,
  PRESENCE_OPERATORS,
  STRING_OPERATORS,
} from '@/lib/segments/schema/operators';
import type { FieldSummary, ValueType } from './schema-response';

// Which operators a field offers, from the JSON types seen at its path (DESIGN.md "The tree
// document"): number, string, boolean, date, array; objects and anything take only is_set /
// is_not_set. Traits have no declared type, so a path seen with several types offers the
// operators of each, and a path never seen offers them all.

export const OPERATORS_BY_TYPE: Record<ValueType, readonly Operator[]> = {
  number: NUMBER_OPERATORS,
  string: STRING_OPERATORS,
  boolean: BOOLEAN_OPERATORS,
  date: DATE_OPERATORS,
  array: ARRAY_OPERATORS,
  object: [],
};

/** Types in the order pickers list them (most useful first). */
export const VALUE_TYPES: readonly ValueType[] = ['number', 'string', 'boolean', 'date', 'array', 'object'];

export function operatorsForTypes(types: readonly ValueType[]): Operator[] {
  const list = types.length === 0 ? VALUE_TYPES : VALUE_TYPES.filter((t) => types.includes(t));
  return [...new Set([...list.flatMap((t) => OPERATORS_BY_TYPE[t]), ...PRESENCE_OPERATORS])];
}

/** The types seen at a path, most frequent first. */
export function seenTypes(summary: Pick<FieldSummary, 'types'> | undefined): ValueType[] {
  if (!summary) return [];
  return (Object.entries(summary.types) as [ValueType, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || VALUE_TYPES.indexOf(a[0]) - VALUE_TYPES.indexOf(b[0]))
    .map(([t]) => t);
}

/** The type a field reads as, for its badge: the only one, `mixed`, or `unknown`. */
export function typeBadge(types: readonly ValueType[]): ValueType | 'mixed' | 'unknown' {
  if (types.length === 0) return 'unknown';
  return types.length === 1 ? types[0] : 'mixed';
}
