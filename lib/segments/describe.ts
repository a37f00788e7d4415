import { attributeLabel, contextLabel, enumValueLabel, propertyLabel, scoreLabel } from './labels';
import type { Condition, EventCondition, EventWindow } from './schema/conditions';
import { contextFieldKind, scoreFieldKind } from './schema/fields';
import type { Predicate } from './schema/predicates';
import type { Duration } from './values/durations';

// One-line summaries for the canvas ("Age between 25 and 34 and viewed a product ≥ 3 times
// in the last 7 days"). They read the same semantics the evaluator implements, so wording
// choices here (e.g. not_within_last = "more than N ago") must follow docs/SEGMENTS.md.

const EVENT_VERBS: Record<string, [did: string, didNot: string]> = {
  page_view: ['viewed a page', 'did not view a page'],
  product_view: ['viewed a product', 'did not view a product'],
  add_to_cart: ['added to cart', 'did not add to cart'],
  purchase: ['purchased', 'did not purchase'],
  email_open: ['opened an email', 'did not open an email'],
  email_click: ['clicked an email', 'did not click an email'],
  signup: ['signed up', 'did not sign up'],
  login: ['logged in', 'did not log in'],
};

const quote = (text: string) => `"${text}"`;

function duration({ amount, unit }: Duration): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

function value(v: unknown, asEnum: boolean): string {
  if (typeof v === 'string') return asEnum ? enumValueLabel(v) : quote(v);
  return String(v);
}

function list(values: readonly unknown[], asEnum: boolean): string {
  return values.length === 0 ? '(nothing)' : values.map((v) => value(v, asEnum)).join(', ');
}

export function describePredicate(predicate: Predicate, asEnum = false): string {
  switch (predicate.operator) {
    case 'eq': return `is ${value(predicate.value, asEnum)}`;
    case 'neq': return `is not ${value(predicate.value, asEnum)}`;
    case 'gt': return `is more than ${predicate.value}`;
    case 'gte': return `is at least ${predicate.value}`;
    case 'lt': return `is less than ${predicate.value}`;
    case 'lte': return `is at most ${predicate.value}`;
    case 'between': return `is between ${predicate.value[0]} and ${predicate.value[1]}`;
    case 'in': return `is one of ${list(predicate.value, asEnum)}`;
    case 'not_in': return `is none of ${list(predicate.value, asEnum)}`;
    case 'contains': return `contains ${quote(predicate.value)}`;
    case 'not_contains': return `does not contain ${quote(predicate.value)}`;
    case 'starts_with': return `starts with ${quote(predicate.value)}`;
    case 'ends_with': return `ends with ${quote(predicate.value)}`;
    case 'matches': return `matches /${predicate.value}/`;
    case 'is_true': return 'is true';
    case 'is_false': return 'is false';
    case 'is_set': return 'is set';
    case 'is_not_set': return 'is not set';
    case 'before': return `is before ${predicate.value}`;
    case 'after': return `is after ${predicate.value}`;
    case 'within_last': return `is within the last ${duration(predicate.value)}`;
    case 'not_within_last': return `is more than ${duration(predicate.value)} ago`;
    case 'includes': return `includes ${value(predicate.value, false)}`;
    case 'not_includes': return `does not include ${value(predicate.value, false)}`;
  }
}

function comparison(condition: EventCondition): string {
  if (condition.operator === 'between') return `between ${condition.value[0]} and ${condition.value[1]}`;
  const symbol = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: 'exactly', neq: 'not exactly' }[condition.operator];
  return `${symbol} ${condition.value}`;
}

function window(w: EventWindow): string {
  if (w.type === 'last') return `in the last ${duration(w)}`;
  if (w.type === 'between') return `between ${w.from} and ${w.to}`;
  return 'ever';
}

function describeEvent(condition: EventCondition): string {
  const [did, didNot] = EVENT_VERBS[condition.event] ?? [`did ${quote(condition.event)}`, `did not do ${quote(condition.event)}`];
  const one = condition.operator !== 'between' && condition.value === 1;
  let text: string;
  if (condition.measure === 'count' && condition.operator === 'eq' && condition.value === 0) {
    text = didNot;
  } else if (condition.measure === 'count') {
    text = `${did} ${comparison(condition)} ${one ? 'time' : 'times'}`;
  } else if (condition.measure === 'distinct_days') {
    text = `${did} on ${comparison(condition)} different ${one ? 'day' : 'days'}`;
  } else {
    const what = { sum: 'total', avg: 'average', min: 'minimum', max: 'maximum' }[condition.measure];
    text = `${did} with ${what} ${propertyLabel(condition.property ?? 'properties.value')} ${comparison(condition)}`;
  }
  text += ` ${window(condition.window)}`;
  const filters = condition.where ?? [];
  if (filters.length > 0) {
    text += `, where ${filters.map((f) => `${propertyLabel(f.field)} ${describePredicate(f)}`).join(' and ')}`;
  }
  return text;
}

export function describeCondition(condition: Condition): string {
  switch (condition.type) {
    case 'attribute':
      return `${attributeLabel(condition.field)} ${describePredicate(condition)}`;
    case 'context':
      return `${contextLabel(condition.field)} ${describePredicate(condition, contextFieldKind(condition.field).type === 'enum')}`;
    case 'score':
      return `${scoreLabel(condition.field)} ${describePredicate(condition, scoreFieldKind(condition.field).type === 'enum')}`;
    case 'segment':
      return `${condition.operator === 'in' ? 'in' : 'not in'} segment ${quote(condition.segment)}`;
    case 'event':
      return describeEvent(condition);
    case 'group': {
      const parts = condition.conditions.map((child) =>
        child.type === 'group' && child.conditions.length > 1 && !child.not ? `(${describeCondition(child)})` : describeCondition(child),
      );
      const inner =
        parts.length === 0 ? (condition.combinator === 'and' ? 'everyone' : 'no one') : parts.join(` ${condition.combinator} `);
      return condition.not ? `not (${inner})` : inner;
    }
  }
}
