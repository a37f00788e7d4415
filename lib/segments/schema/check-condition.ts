import { MAX_GROUP_DEPTH } from '../limits';
import { attributeLabel, contextLabel, scoreLabel } from '../labels';
import { parseInstant } from '../values/dates';
import type { Condition, EventCondition } from './conditions';
import {
  BUILT_IN_KINDS,
  type BuiltInField,
  type FieldKind,
  OPERATORS_FOR,
  contextFieldKind,
  scoreFieldKind,
} from './fields';
import type { Predicate } from './predicates';

// Rules that the per-object zod shapes cannot express: which operators suit a closed field,
// operand ranges (local hour 0–23, RFM 1–5), measures that need a property, and how deep
// groups nest. Reported with a path relative to the condition.
export type Report = (path: PropertyKey[], message: string) => void;

export function checkCondition(condition: Condition, report: Report, path: PropertyKey[] = [], depth = 0): void {
  switch (condition.type) {
    case 'group': {
      if (depth + 1 > MAX_GROUP_DEPTH) {
        report(path, `Groups can be nested at most ${MAX_GROUP_DEPTH} levels deep.`);
        return;
      }
      condition.conditions.forEach((child, i) => checkCondition(child, report, [...path, 'conditions', i], depth + 1));
      return;
    }
    case 'attribute':
      if (condition.field in BUILT_IN_KINDS) {
        checkKind(BUILT_IN_KINDS[condition.field as BuiltInField], attributeLabel(condition.field), condition, report, path);
      }
      return;
    case 'context':
      checkKind(contextFieldKind(condition.field), contextLabel(condition.field), condition, report, path);
      return;
    case 'score':
      checkKind(scoreFieldKind(condition.field), scoreLabel(condition.field), condition, report, path);
      return;
    case 'event':
      checkEvent(condition, report, path);
      return;
    case 'segment':
      return;
  }
}

function checkEvent(condition: EventCondition, report: Report, path: PropertyKey[]): void {
  const needsProperty = condition.measure !== 'count' && condition.measure !== 'distinct_days';
  if (needsProperty && !condition.property) {
    report([...path, 'property'], `Choose the numeric property to ${measureVerb(condition.measure)}, like properties.amount.`);
  }
  if (!needsProperty && condition.property) {
    report([...path, 'property'], `A ${condition.measure === 'count' ? 'count' : 'distinct-days count'} does not use a property; remove it.`);
  }
  const { window } = condition;
  if (window.type === 'between' && parseInstant(window.from)! > parseInstant(window.to)!) {
    report([...path, 'window', 'to'], 'The end of the time window is before its start.');
  }
}

const MEASURE_VERBS: Record<string, string> = { sum: 'add up', avg: 'average', min: 'take the minimum of', max: 'take the maximum of' };

function measureVerb(measure: string): string {
  return MEASURE_VERBS[measure] ?? measure;
}

function checkKind(kind: FieldKind, label: string, predicate: Predicate, report: Report, path: PropertyKey[]): void {
  if (kind.type === 'any') return;
  const allowed = OPERATORS_FOR[kind.type];
  if (!allowed.includes(predicate.operator)) {
    report([...path, 'operator'], `'${predicate.operator}' does not apply to ${label}; use one of: ${allowed.join(', ')}.`);
    return;
  }
  if (!('value' in predicate)) return;
  const valuePath = [...path, 'value'];
  const values: unknown[] = Array.isArray(predicate.value) ? predicate.value : [predicate.value];
  switch (kind.type) {
    case 'string':
      if (values.some((v) => typeof v !== 'string')) report(valuePath, `${label} is compared with text.`);
      return;
    case 'number':
      if (values.some((v) => typeof v !== 'number')) report(valuePath, `${label} is compared with a number.`);
      return;
    case 'integer':
      if (values.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < kind.min || v > kind.max)) {
        report(valuePath, `${label} is a whole number from ${kind.min} to ${kind.max}.`);
      }
      return;
    case 'enum':
      if (values.some((v) => typeof v !== 'string' || !kind.values.includes(v))) {
        report(valuePath, `${label} is one of: ${kind.values.join(', ')}.`);
      }
      return;
    case 'date':
      return;
  }
}
