import { describe, expect, it } from 'vitest';
import type { Operator } from '@/lib/segments/schema/operators';
import { buildCatalogue } from './catalogue';
import { attributeSpec, contextSpec, scoreSpec } from './field-spec';
import { scalarTypes } from './operands';
import { type DateContext, type PredicateDraft, changeOperator, defaultPredicate, defaultValue, refitPredicate } from './predicate-drafts';
import { TEST_SCHEMA } from './test-schema';

const catalogue = buildCatalogue(TEST_SCHEMA);
const dates: DateContext = { timeZone: 'Europe/Paris', today: '2024-07-14' };
const spec = (field: string) => attributeSpec(field, catalogue);

describe('defaultPredicate by field type', () => {
  it.each<[string, ReturnType<typeof spec>, PredicateDraft]>([
    ['number trait: at least its most common value', spec('traits.age'), { operator: 'gte', value: 31 }],
    ['text trait: is its most common value', spec('traits.plan'), { operator: 'eq', value: 'free' }],
    ['boolean trait', spec('traits.newsletter'), { operator: 'is_true' }],
    ['date trait', spec('traits.signedUpAt'), { operator: 'within_last', value: { amount: 30, unit: 'days' } }],
    ['array trait (no sampled elements)', spec('traits.tags'), { operator: 'is_set' }],
    ['object trait', spec('traits.address'), { operator: 'is_set' }],
    ['unseen trait', spec('traits.unseen'), { operator: 'is_set' }],
    ['built-in date', spec('lastSeenAt'), { operator: 'within_last', value: { amount: 30, unit: 'days' } }],
    ['email', spec('email'), { operator: 'eq', value: 'a@example.com' }],
    ['local hour (0–23)', contextSpec('local_hour', catalogue), { operator: 'gte', value: 12 }],
    ['day of week', contextSpec('day_of_week', catalogue), { operator: 'eq', value: 'monday' }],
    ['RFM recency (1–5)', scoreSpec('rfm_recency'), { operator: 'gte', value: 3 }],
    ['RFM segment', scoreSpec('rfm_label'), { operator: 'eq', value: 'champions' }],
    ['engagement (no sample)', scoreSpec('engagement'), { operator: 'is_set' }],
  ])('%s', (_, fieldSpec, expected) => {
    expect(defaultPredicate(fieldSpec, dates)).toEqual(expected);
  });
});

describe('defaultValue for date operands', () => {
  it('before today / after yesterday, in the workspace zone', () => {
    expect(defaultValue('before', spec('lastSeenAt'), dates)).toBe('2024-07-14T00:00:00+02:00');
    expect(defaultValue('after', spec('lastSeenAt'), dates)).toBe('2024-07-13T23:59:59.999+02:00');
  });
});

describe('changeOperator between before and after keeps the picked day', () => {
  it('start of a day ↔ end of the same day; an exact time stays', () => {
    const last = spec('lastSeenAt');
    expect(changeOperator({ operator: 'before', value: '2024-10-27T00:00:00+02:00' }, 'after', last, dates)).toEqual({ operator: 'after', value: '2024-10-27T23:59:59.999+01:00' });
    expect(changeOperator({ operator: 'after', value: '2024-10-27T23:59:59.999+01:00' }, 'before', last, dates)).toEqual({ operator: 'before', value: '2024-10-27T00:00:00+02:00' });
    expect(changeOperator({ operator: 'before', value: '2024-10-27T10:00:00Z' }, 'after', last, dates)).toEqual({ operator: 'after', value: '2024-10-27T10:00:00Z' });
    expect(changeOperator({ operator: 'within_last', value: { amount: 1, unit: 'days' } }, 'after', last, dates)).toEqual({ operator: 'after', value: '2024-07-13T23:59:59.999+02:00' });
  });
});

describe('changeOperator keeps the operand when it still fits', () => {
  const age = spec('traits.age');
  const plan = spec('traits.plan');
  it.each<[string, PredicateDraft, Operator, ReturnType<typeof spec>, PredicateDraft]>([
    ['gt → lte keeps the number', { operator: 'gt', value: 40 }, 'lte', age, { operator: 'lte', value: 40 }],
    ['eq → between makes a range', { operator: 'eq', value: 40 }, 'between', age, { operator: 'between', value: [40, 40] }],
    ['between → gte keeps the lower end', { operator: 'between', value: [25, 34] }, 'gte', age, { operator: 'gte', value: 25 }],
    ['eq → in makes a list', { operator: 'eq', value: 'pro' }, 'in', plan, { operator: 'in', value: ['pro'] }],
    ['in → contains keeps the first', { operator: 'in', value: ['pro', 'free'] }, 'contains', plan, { operator: 'contains', value: 'pro' }],
    ['contains → matches keeps the text', { operator: 'contains', value: 'pr' }, 'matches', plan, { operator: 'matches', value: 'pr' }],
    ['eq → is_set drops it', { operator: 'eq', value: 'pro' }, 'is_set', plan, { operator: 'is_set' }],
    ['is_set → eq takes a default', { operator: 'is_set' }, 'eq', plan, { operator: 'eq', value: 'free' }],
    ['text → gt takes a default number', { operator: 'eq', value: 'x' }, 'gt', age, { operator: 'gt', value: 31 }],
    ['within_last ↔ not_within_last', { operator: 'within_last', value: { amount: 2, unit: 'weeks' } }, 'not_within_last', age, { operator: 'not_within_last', value: { amount: 2, unit: 'weeks' } }],
    ['an incomplete operand stays incomplete or defaults', { operator: 'gt' }, 'lt', age, { operator: 'lt', value: 31 }],
  ])('%s', (_, from, to, fieldSpec, expected) => {
    expect(changeOperator(from, to, fieldSpec, dates)).toEqual(expected);
  });

  it('respects closed lists and bounds', () => {
    const day = contextSpec('day_of_week', catalogue);
    expect(changeOperator({ operator: 'eq', value: 'sunday' }, 'in', day, dates)).toEqual({ operator: 'in', value: ['sunday'] });
    const hour = contextSpec('local_hour', catalogue);
    expect(changeOperator({ operator: 'gte', value: 8 }, 'between', hour, dates)).toEqual({ operator: 'between', value: [8, 8] });
    expect(changeOperator({ operator: 'is_set' }, 'between', hour, dates)).toEqual({ operator: 'between', value: [12, 23] });
  });
});

describe('refitPredicate after a field change', () => {
  it('keeps operator and operand when the new field takes them', () => {
    expect(refitPredicate({ operator: 'eq', value: 'pro' }, spec('traits.address.country'), dates)).toEqual({ operator: 'eq', value: 'pro' });
    expect(refitPredicate({ operator: 'gte', value: 4 }, scoreSpec('rfm_recency'), dates)).toEqual({ operator: 'gte', value: 4 });
  });
  it('keeps the operator but replaces an operand that does not fit', () => {
    expect(refitPredicate({ operator: 'eq', value: 'pro' }, contextSpec('day_of_week', catalogue), dates)).toEqual({ operator: 'eq', value: 'monday' });
    expect(refitPredicate({ operator: 'gte', value: 40 }, scoreSpec('rfm_recency'), dates)).toEqual({ operator: 'gte', value: 3 });
    expect(refitPredicate({ operator: 'eq', value: 'x' }, spec('traits.age'), dates)).toEqual({ operator: 'eq', value: 'x' });
  });
  it("resets to the new field's default when the operator does not apply", () => {
    expect(refitPredicate({ operator: 'contains', value: 'x' }, spec('traits.newsletter'), dates)).toEqual({ operator: 'is_true' });
    // age was seen as numbers and as text, so it still offers `contains`.
    expect(refitPredicate({ operator: 'contains', value: 'x' }, spec('traits.age'), dates)).toEqual({ operator: 'contains', value: 'x' });
    expect(refitPredicate({ operator: 'gt', value: 3 }, spec('firstSeenAt'), dates)).toEqual({ operator: 'within_last', value: { amount: 30, unit: 'days' } });
  });
});

describe('scalarTypes: the operand type of eq', () => {
  it('follows the types seen, most frequent first', () => {
    expect(scalarTypes('eq', spec('traits.plan'))).toEqual(['string']);
    expect(scalarTypes('eq', spec('traits.age'))).toEqual(['number', 'string']);
    expect(scalarTypes('eq', spec('traits.unseen'))).toEqual(['string', 'number']);
    expect(scalarTypes('eq', contextSpec('local_hour', catalogue))).toEqual(['number']);
    expect(scalarTypes('includes', spec('traits.tags'))).toEqual(['string', 'number', 'boolean']);
  });
});
