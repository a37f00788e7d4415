import { describe, expect, it } from 'vitest';
import type { ValueType } from './schema-response';
import { operatorsForTypes, seenTypes, typeBadge } from './value-types';

// DESIGN.md: number eq neq gt gte lt lte between; string eq neq in not_in contains
// not_contains starts_with ends_with matches; boolean is_true is_false; date before after
// within_last not_within_last; array includes not_includes; any is_set is_not_set.
const ANY = ['is_set', 'is_not_set'];
const NUMBER = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between'];
const STRING = ['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'starts_with', 'ends_with', 'matches'];
const CASES: [string, ValueType[], string[]][] = [
  ['number', ['number'], [...NUMBER, ...ANY]],
  ['string', ['string'], [...STRING, ...ANY]],
  ['boolean', ['boolean'], ['is_true', 'is_false', ...ANY]],
  ['date', ['date'], ['before', 'after', 'within_last', 'not_within_last', ...ANY]],
  ['array', ['array'], ['includes', 'not_includes', ...ANY]],
  ['object', ['object'], ANY],
  ['number and string (mixed)', ['number', 'string'], [...new Set([...NUMBER, ...STRING]), ...ANY]],
];

describe('operatorsForTypes', () => {
  it.each(CASES)('%s', (_, types, expected) => {
    expect(operatorsForTypes(types)).toEqual(expected);
  });

  it('offers every operator for a path never seen', () => {
    expect(operatorsForTypes([])).toHaveLength(24);
  });
});

describe('seenTypes and typeBadge', () => {
  it('orders types by frequency and names the badge', () => {
    expect(seenTypes({ types: { string: 2, number: 78 } })).toEqual(['number', 'string']);
    expect(seenTypes({ types: { date: 0, string: 1 } })).toEqual(['string']);
    expect(seenTypes(undefined)).toEqual([]);
    expect(typeBadge(['number'])).toBe('number');
    expect(typeBadge(['number', 'string'])).toBe('mixed');
    expect(typeBadge([])).toBe('unknown');
  });
});
