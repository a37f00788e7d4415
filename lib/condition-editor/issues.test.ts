import { describe, expect, it } from 'vitest';
import { MAX_GROUP_DEPTH } from '@/lib/segments/limits';
import { groupHint, operandHint } from './hints';
import { summarize, validateCondition } from './issues';
import { moveItem, removeAt, replaceAt } from './list-moves';

const entries = (c: unknown) => Object.fromEntries(validateCondition(c).issues);

describe('validateCondition places each schema issue next to its input', () => {
  it.each<[string, unknown, Record<string, string[]>]>([
    ['a missing number', { type: 'attribute', field: 'traits.age', operator: 'gt' }, { value: ['Enter a number.'] }],
    ['a reversed range', { type: 'attribute', field: 'traits.age', operator: 'between', value: [5, 1] }, { value: ['Put the smaller number first.'] }],
    ['one end of a range', { type: 'attribute', field: 'traits.age', operator: 'between', value: [null, 1] }, { 'value.0': ['Enter a number.'] }],
    ['a list item goes to the list', { type: 'attribute', field: 'traits.x', operator: 'in', value: ['a', 3] }, { value: ['Enter some text.'] }],
    ['an unsafe pattern', { type: 'attribute', field: 'traits.x', operator: 'matches', value: '(a+)+' }, { value: [expect.stringMatching(/Repetition inside repetition/)] as unknown as string[] }],
    ['a bad trait path', { type: 'attribute', field: 'traits.a b', operator: 'is_set' }, { field: [expect.stringMatching(/Choose email/)] as unknown as string[] }],
    ['an operator the field does not take', { type: 'context', field: 'local_hour', operator: 'contains', value: 'x' }, { operator: [expect.stringMatching(/does not apply to Local hour/)] as unknown as string[] }],
    ['a local hour out of range', { type: 'context', field: 'local_hour', operator: 'eq', value: 24 }, { value: ['Local hour is a whole number from 0 to 23.'] }],
    ['a segment without key', { type: 'segment', operator: 'in', segment: '' }, { segment: [expect.stringMatching(/Use 1–64 lower-case/)] as unknown as string[] }],
  ])('%s', (_, condition, expected) => {
    expect(entries(condition)).toEqual(expected);
  });

  it('event issues go to the event, window, measure and filter inputs', () => {
    expect(entries({
      type: 'event', event: '', window: { type: 'between', from: '2024-01-01', to: '2023-01-01T00:00:00Z' }, measure: 'sum', operator: 'gt', value: 1,
      where: [{ field: 'properties.x', operator: 'gt' }],
    })).toEqual({
      event: ['Choose an event.'],
      'window.from': [expect.stringMatching(/Add a time and a time zone offset/)],
      'where.0.value': ['Enter a number.'],
    });
    // Rules across fields run once the shape is right.
    expect(entries({ type: 'event', event: 'purchase', window: { type: 'ever' }, measure: 'sum', operator: 'gt', value: 1 }))
      .toEqual({ property: ['Choose the numeric property to add up, like properties.amount.'] });
  });

  it('issues inside nested groups keep their path', () => {
    const c = { type: 'group', combinator: 'and', conditions: [{ type: 'group', combinator: 'or', conditions: [{ type: 'attribute', field: 'traits.age', operator: 'gt' }, { type: 'nope' }] }] };
    expect(entries(c)).toEqual({
      'conditions.0.conditions.0.value': ['Enter a number.'],
      'conditions.0.conditions.1': ['Choose a kind of condition: attribute, event, context, score, segment or group.'],
    });
  });

  it('groups nested deeper than the limit are refused on the group', () => {
    let c: unknown = { type: 'attribute', field: 'email', operator: 'is_set' };
    for (let i = 0; i <= MAX_GROUP_DEPTH; i++) c = { type: 'group', combinator: 'and', conditions: [c] };
    const path = Array.from({ length: MAX_GROUP_DEPTH }, () => 'conditions.0').join('.');
    expect(entries(c)).toEqual({ [path]: ['Groups can be nested at most 5 levels deep.'] });
  });

  it('anything unplaceable lands on the card itself', () => {
    expect(entries({ type: 'bogus' })).toEqual({ '': [expect.stringMatching(/Choose a kind of condition/)] });
    expect(entries(undefined)).toEqual({ '': ['Choose a condition.'] });
  });
});

describe('summarize', () => {
  it('describes a valid condition in plain language', () => {
    const v = validateCondition({
      type: 'group', combinator: 'and', conditions: [
        { type: 'attribute', field: 'traits.age', operator: 'between', value: [25, 34] },
        { type: 'event', event: 'product_view', window: { type: 'last', amount: 7, unit: 'days' }, measure: 'count', operator: 'gte', value: 3 },
      ],
    });
    expect(v.valid).toBe(true);
    expect(summarize(v)).toBe('Age is between 25 and 34 and viewed a product ≥ 3 times in the last 7 days');
  });
  it('says nothing while the condition is incomplete', () => {
    expect(summarize(validateCondition({ type: 'attribute', field: 'traits.age', operator: 'gt' }))).toBeUndefined();
  });
});

describe('hints for valid but surprising choices', () => {
  it('empty lists, empty text and empty groups', () => {
    expect(operandHint('in', [])).toBe('An empty list matches no one.');
    expect(operandHint('not_in', [])).toMatch(/every text value/);
    expect(operandHint('contains', '')).toMatch(/every text value/);
    expect(operandHint('eq', '')).toBeUndefined();
    expect(groupHint('and', false, 0)).toBe('An empty "all of" group is true for everyone.');
    expect(groupHint('or', false, 0)).toBe('An empty "any of" group matches no one.');
    expect(groupHint('or', false, 2)).toBeUndefined();
    expect(groupHint('and', true, 1)).toMatch(/no value/);
  });
});

describe('list moves', () => {
  it('replace, remove, move (clamped)', () => {
    expect(replaceAt(['a', 'b', 'c'], 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });
});
