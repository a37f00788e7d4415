import { attributeLabel, contextLabel, propertyLabel, scoreLabel } from '@/lib/segments/labels';
import {
  BUILT_IN_KINDS,
  type BuiltInField,
  type ContextField,
  type FieldKind,
  OPERATORS_FOR,
  type ScoreField,
  contextFieldKind,
  scoreFieldKind,
} from '@/lib/segments/schema/fields';
import type { Operator } from '@/lib/segments/schema/operators';
import { type Catalogue, type TopValue, eventProperties } from './catalogue';
import type { ValueType } from './schema-response';
import { operatorsForTypes } from './value-types';

// Everything the predicate editor needs to know about one field: the operators it offers,
// the operand type `eq` takes, bounds and closed value lists, and values to suggest.

export type FieldSpec = {
  label: string;
  operators: Operator[];
  /** Types the field holds (seen in the sample, or fixed); empty when unknown. */
  types: ValueType[];
  /** Closed fields (built-ins, context, scores) have a fixed type the schema enforces. */
  closed: boolean;
  integer?: { min: number; max: number };
  enumValues?: readonly string[];
  suggestions: TopValue['value'][];
};

function closedSpec(kind: FieldKind, label: string, suggestions: TopValue['value'][] = []): FieldSpec {
  if (kind.type === 'any') return { label, operators: operatorsForTypes([]), types: [], closed: false, suggestions };
  const operators = [...OPERATORS_FOR[kind.type]];
  switch (kind.type) {
    case 'integer':
      return { label, operators, types: ['number'], closed: true, integer: { min: kind.min, max: kind.max }, suggestions: [] };
    case 'number':
      return { label, operators, types: ['number'], closed: true, suggestions };
    case 'enum':
      return { label, operators, types: ['string'], closed: true, enumValues: kind.values, suggestions: [...kind.values] };
    case 'date':
      return { label, operators, types: ['date'], closed: true, suggestions: [] };
    case 'string':
      return { label, operators, types: ['string'], closed: true, suggestions };
  }
}

function openSpec(label: string, types: ValueType[], topValues: TopValue[]): FieldSpec {
  return { label, operators: operatorsForTypes(types), types, closed: false, suggestions: topValues.map((t) => t.value) };
}

export function attributeSpec(field: string, catalogue: Catalogue): FieldSpec {
  const option = catalogue.attributes.find((o) => o.value === field);
  if (field in BUILT_IN_KINDS) {
    return closedSpec(BUILT_IN_KINDS[field as BuiltInField], attributeLabel(field), option?.topValues.map((t) => t.value));
  }
  return openSpec(field.startsWith('traits.') ? attributeLabel(field) : field, option?.types ?? [], option?.topValues ?? []);
}

export function contextSpec(field: ContextField, catalogue: Catalogue): FieldSpec {
  const option = catalogue.context.find((o) => o.value === field);
  return closedSpec(contextFieldKind(field), contextLabel(field), option?.topValues.map((t) => t.value));
}

export function scoreSpec(field: ScoreField): FieldSpec {
  return closedSpec(scoreFieldKind(field), scoreLabel(field));
}

export function propertySpec(event: string, path: string, catalogue: Catalogue): FieldSpec {
  const option = eventProperties(catalogue, event).find((o) => o.value === path);
  return openSpec(propertyLabel(path) || path, option?.types ?? [], option?.topValues ?? []);
}
