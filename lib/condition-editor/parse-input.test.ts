import { describe, expect, it } from 'vitest';
import { parseNumber, parsePropertyPath, parseSegmentKey, parseTraitPath } from './parse-input';

describe('parseNumber', () => {
  it.each([
    ['25', 25], [' 19.99 ', 19.99], ['-3', -3], ['+4', 4], ['.5', 0.5], ['1e3', 1000], ['0', 0], ['7.', 7],
  ])('%s → %s', (text, value) => expect(parseNumber(text)).toEqual({ value }));

  it.each([
    ['1,234', 'Use a dot for decimals and no thousands separators, like 1234.5.'],
    ['19,99', 'Use a dot for decimals and no thousands separators, like 1234.5.'],
    ['1 000', 'Use a dot for decimals and no thousands separators, like 1234.5.'],
    ['abc', 'Enter a number, like 25 or 19.99.'],
    ['12abc', 'Enter a number, like 25 or 19.99.'],
    ['1e999', 'That number is too large.'],
  ])('%s is refused', (text, problem) => expect(parseNumber(text)).toEqual({ problem }));

  it('leaves an empty input to the schema', () => expect(parseNumber('  ')).toEqual({}));
});

describe('paths typed by hand', () => {
  it.each([
    ['age', 'traits.age'], ['traits.age', 'traits.age'], ['address.city', 'traits.address.city'], ['größe', 'traits.größe'], ['a-b_c', 'traits.a-b_c'],
  ])('trait %s → %s', (text, value) => expect(parseTraitPath(text)).toEqual({ value }));

  it.each(['first name', 'a..b', 'a.b.c.d.e.f', "o'neil", 'x[0]'])('trait %s is refused', (text) => {
    expect(parseTraitPath(text).problem).toMatch(/letters, digits/);
  });

  it('properties and segment keys', () => {
    expect(parsePropertyPath('amount')).toEqual({ value: 'properties.amount' });
    expect(parsePropertyPath('properties.cart.total')).toEqual({ value: 'properties.cart.total' });
    expect(parsePropertyPath('$x').problem).toBeDefined();
    expect(parseSegmentKey('vip-2')).toEqual({ value: 'vip-2' });
    expect(parseSegmentKey('VIP').problem).toMatch(/lower-case/);
    expect(parseSegmentKey('')).toEqual({});
  });
});
