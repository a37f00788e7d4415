import type { Operator } from '@/lib/segments/schema/operators';
import { addDays, dayOfInstant, endOfDayInstant, isDayBoundary, startOfDayInstant } from './day-instants';
import type { FieldSpec } from './field-spec';
import { OPERAND_KIND, operandFits, scalarTypes } from './operands';

// Operator + operand while the user edits. The operand may be missing (the user has not
// typed it yet): the editor emits that as is and the shared schema says what is missing.

export type PredicateDraft = { operator: Operator; value?: unknown };

/** Where "today" is, for operands that are dates. */
export type DateContext = { timeZone: string; today: string };

const FIRST_OPERATOR: Record<string, Operator> = {
  number: 'gte',
  string: 'eq',
  date: 'within_last',
  boolean: 'is_true',
  array: 'includes',
};

export function defaultOperator(spec: FieldSpec): Operator {
  const preferred = spec.types.length > 0 ? FIRST_OPERATOR[spec.types[0]] : undefined;
  return preferred && spec.operators.includes(preferred) ? preferred : spec.operators.includes('is_set') ? 'is_set' : spec.operators[0];
}

function numbers(spec: FieldSpec): number[] {
  return spec.suggestions.filter((v): v is number => typeof v === 'number');
}

function strings(spec: FieldSpec): string[] {
  return spec.suggestions.filter((v): v is string => typeof v === 'string');
}

function defaultNumber(spec: FieldSpec): number | undefined {
  if (spec.integer) return Math.ceil((spec.integer.min + spec.integer.max) / 2);
  return numbers(spec)[0];
}

/** A sensible operand for `operator` on this field; undefined when only the user can say. */
export function defaultValue(operator: Operator, spec: FieldSpec, dates: DateContext): unknown {
  switch (OPERAND_KIND[operator]) {
    case 'none':
      return undefined;
    case 'scalar':
      return scalarTypes(operator, spec)[0] === 'number' ? defaultNumber(spec) : (spec.enumValues?.[0] ?? strings(spec)[0]);
    case 'number':
      return defaultNumber(spec);
    case 'range': {
      if (spec.integer) return [defaultNumber(spec)!, spec.integer.max];
      const seen = numbers(spec);
      return seen.length > 0 ? [Math.min(...seen), Math.max(...seen)] : undefined;
    }
    case 'list': {
      const first = spec.enumValues?.[0] ?? strings(spec)[0];
      return first === undefined ? [] : [first];
    }
    case 'instant':
      // `before` today excludes today; `after` yesterday includes today: both read naturally.
      return operator === 'before'
        ? startOfDayInstant(dates.today, dates.timeZone)
        : endOfDayInstant(addDays(dates.today, -1), dates.timeZone);
    case 'duration':
      return { amount: 30, unit: 'days' };
    case 'text':
    case 'pattern':
    case 'element':
      return strings(spec)[0];
  }
}

/** The operand carried over to a new operator when it still makes sense (5 → between 5 and 5). */
function carry(from: PredicateDraft, to: Operator): unknown {
  const value = from.value;
  const kind = OPERAND_KIND[to];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (kind === 'list' || kind === 'range') return value;
    return value[0];
  }
  if (kind === 'range') return typeof value === 'number' ? [value, value] : undefined;
  if (kind === 'list') return typeof value === 'string' ? [value] : undefined;
  return value;
}

/** A picked day keeps its meaning: "before 27 Oct" (its start) → "after 27 Oct" (its end). */
function carryDay(value: unknown, to: Operator, zone: string): unknown {
  if (typeof value !== 'string') return undefined;
  const edge = to === 'after' ? 'end' : 'start';
  const day = dayOfInstant(value, zone);
  if (!day || !(isDayBoundary(value, zone, 'start') || isDayBoundary(value, zone, 'end'))) return value;
  return edge === 'end' ? endOfDayInstant(day, zone) : startOfDayInstant(day, zone);
}

function withValue(operator: Operator, value: unknown): PredicateDraft {
  return value === undefined ? { operator } : { operator, value };
}

/** Switches the operator, keeping the operand when it still fits, else a default. */
export function changeOperator(draft: PredicateDraft, operator: Operator, spec: FieldSpec, dates: DateContext): PredicateDraft {
  if (operator === draft.operator) return draft;
  const carried = OPERAND_KIND[operator] === 'instant' ? carryDay(draft.value, operator, dates.timeZone) : carry(draft, operator);
  const fits = OPERAND_KIND[operator] !== 'none' && operandFits(operator, carried, spec);
  return withValue(operator, fits ? carried : defaultValue(operator, spec, dates));
}

/** After the field changed: keep the operator if the new field offers it (and the operand if
 *  it fits the new field), else start from the new field's default operator and operand. */
export function refitPredicate(draft: PredicateDraft, spec: FieldSpec, dates: DateContext): PredicateDraft {
  if (spec.operators.includes(draft.operator)) {
    if (OPERAND_KIND[draft.operator] === 'none') return { operator: draft.operator };
    return operandFits(draft.operator, draft.value, spec) ? draft : withValue(draft.operator, defaultValue(draft.operator, spec, dates));
  }
  return defaultPredicate(spec, dates);
}

/** The field's natural operator with a default operand; "is set" when only the user could
 *  supply that operand, so a new condition starts out valid. */
export function defaultPredicate(spec: FieldSpec, dates: DateContext): PredicateDraft {
  const operator = defaultOperator(spec);
  const value = defaultValue(operator, spec, dates);
  if (value === undefined && OPERAND_KIND[operator] !== 'none' && spec.operators.includes('is_set')) return { operator: 'is_set' };
  return withValue(operator, value);
}
