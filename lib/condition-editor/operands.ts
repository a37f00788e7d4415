import type { Operator } from '@/lib/segments/schema/operators';
import type { FieldSpec } from './field-spec';

// What kind of operand each operator takes on a given field, and whether a value fits it.
// The operand's JSON type picks the comparison (eq 31 compares numbers, eq "31" strings), so
// for `eq`/`neq` on an open field it follows the types seen there.

export type OperandKind =
  | 'none'
  | 'scalar'
  | 'number'
  | 'range'
  | 'list'
  | 'text'
  | 'pattern'
  | 'instant'
  | 'duration'
  | 'element';

export type ScalarType = 'string' | 'number' | 'boolean';

export const OPERAND_KIND: Record<Operator, OperandKind> = {
  eq: 'scalar',
  neq: 'scalar',
  gt: 'number',
  gte: 'number',
  lt: 'number',
  lte: 'number',
  between: 'range',
  in: 'list',
  not_in: 'list',
  contains: 'text',
  not_contains: 'text',
  starts_with: 'text',
  ends_with: 'text',
  matches: 'pattern',
  is_true: 'none',
  is_false: 'none',
  is_set: 'none',
  is_not_set: 'none',
  before: 'instant',
  after: 'instant',
  within_last: 'duration',
  not_within_last: 'duration',
  includes: 'element',
  not_includes: 'element',
};

/** JSON types the operand of `eq`/`neq` (scalar) or `includes` (element) may take here. */
export function scalarTypes(operator: Operator, spec: FieldSpec): ScalarType[] {
  if (OPERAND_KIND[operator] === 'element') return ['string', 'number', 'boolean'];
  const number = spec.types.includes('number');
  const string = spec.types.some((t) => t === 'string' || t === 'date');
  if (number && !string) return ['number'];
  if (string && !number) return ['string'];
  const numberFirst = number && spec.types.indexOf('number') < spec.types.findIndex((t) => t === 'string' || t === 'date');
  return numberFirst ? ['number', 'string'] : ['string', 'number'];
}

function fitsNumber(value: unknown, spec: FieldSpec): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const bounds = spec.integer;
  return !bounds || (Number.isInteger(value) && value >= bounds.min && value <= bounds.max);
}

function fitsString(value: unknown, spec: FieldSpec): boolean {
  return typeof value === 'string' && (!spec.enumValues || spec.enumValues.includes(value));
}

/** Whether `value` is a complete, well-typed operand of `operator` on this field. */
export function operandFits(operator: Operator, value: unknown, spec: FieldSpec): boolean {
  switch (OPERAND_KIND[operator]) {
    case 'none':
      return value === undefined;
    case 'scalar':
      return scalarTypes(operator, spec).some((t) => (t === 'number' ? fitsNumber(value, spec) : t === 'string' && fitsString(value, spec)));
    case 'element':
      return ['string', 'number', 'boolean'].includes(typeof value);
    case 'number':
      return fitsNumber(value, spec);
    case 'range':
      return Array.isArray(value) && value.length === 2 && value.every((v) => fitsNumber(v, spec)) && value[0] <= value[1];
    case 'list':
      return Array.isArray(value) && value.every((v) => fitsString(v, spec));
    case 'text':
    case 'pattern':
    case 'instant':
      return typeof value === 'string';
    case 'duration':
      return typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value;
  }
}
