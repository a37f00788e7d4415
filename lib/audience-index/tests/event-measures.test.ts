import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fsum } from '@/lib/segments';
import { decide, errorBound } from '../compile/exact-sum';
import { expectAgreement, profileWith } from './agree';
import { AS_OF } from './random-conditions';

// Sums and averages are where a fast engine is most tempted to be "nearly" right: the
// evaluator compares the correctly rounded exact sum (fsum): ten times 0.1 is 1 there.
const DAY = 86_400_000;
const purchase = (amount: unknown, daysAgo = 1) => ({ name: 'purchase', timestamp: AS_OF - daysAgo * DAY, properties: { amount } });
const sumIs = (operator: string, value: unknown, measure = 'sum') => ({
  type: 'event', event: 'purchase', window: { type: 'ever' }, measure, property: 'properties.amount', operator, value,
});

describe('exact sums', () => {
  const cases: [string, unknown[], string, unknown, string, number][] = [
    ['0.1 + 0.2: the exact sum is a tie, rounded to even like one addition', [0.1, 0.2], 'eq', 0.30000000000000004, 'sum', 1],
    ['ten times 0.1 is exactly 1 (a loop gives 0.9999999999999999)', Array(10).fill(0.1), 'eq', 1, 'sum', 1],
    ['… so it is not below 1', Array(10).fill(0.1), 'lt', 1, 'sum', 0],
    ['… and more than 0.9999999999999999', Array(10).fill(0.1), 'gt', 0.9999999999999999, 'sum', 1],
    ['order does not matter', [0.7, 0.1, 0.2, -0.3], 'eq', 0.7, 'sum', 1],
    ['avg of ten 0.1 is 0.1', Array(10).fill(0.1), 'eq', 0.1, 'avg', 1],
    ['text amounts are skipped by sum', ['19.99', 5], 'eq', 5, 'sum', 1],
    ['only text: sum is 0', ['19.99'], 'eq', 0, 'sum', 1],
    ['only text: avg is missing, even for neq', ['19.99'], 'neq', 1, 'avg', 0],
    ['overflow gives the plain sum', [1e308, 1e308], 'gt', 1, 'sum', 1],
    ['cancelling huge values', [1e308, 1, -1e308], 'eq', 1, 'sum', 1],
    ['2^53 + 1 + 1', [2 ** 53, 1, 1], 'eq', 2 ** 53 + 2, 'sum', 1],
    ['between the exact bounds', Array(10).fill(0.1), 'between', [1, 1], 'sum', 1],
  ];
  it.each(cases)('%s', async (_, amounts, operator, value, measure, yes) => {
    const input = profileWith(1, amounts.map((a) => purchase(a)));
    expect(await expectAgreement(sumIs(operator, value, measure), [input], { asOf: AS_OF })).toBe(yes);
  });

  it('agrees with fsum for any amounts compared with values on or next to the sum', async () => {
    const amounts = fc.array(fc.oneof(fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1, 1e308, -1e308, 2 ** 53, 1e-300, 19.99), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(amounts, fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), fc.constantFrom('sum', 'avg'), fc.integer({ min: -2, max: 2 }), async (list, operator, measure, step) => {
        const exact = measure === 'sum' ? fsum(list) : fsum(list) / list.length;
        let value = exact;
        for (let k = 0; k < Math.abs(step); k++) value = nextAfter(value, step > 0 ? Infinity : -Infinity);
        if (!Number.isFinite(value)) return;
        await expectAgreement(sumIs(operator, value, measure), [profileWith(1, list.map((a) => purchase(a)))], { asOf: AS_OF });
      }),
      { numRuns: 2000 },
    );
  });

  it('decides only when every value within the bound gives the same answer', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ min: 0, max: 1e-3, noNaN: true }), fc.double({ noNaN: true }), fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), (m, err, x, op) => {
        const answer = decide(op as 'gt', m - err, m + err, x, x);
        if (answer < 0) return;
        for (const probe of [m - err, m, m + err]) {
          const truth = { eq: probe === x, neq: probe !== x, gt: probe > x, gte: probe >= x, lt: probe < x, lte: probe <= x }[op as 'gt'];
          expect(answer === 1).toBe(truth);
        }
      }),
    );
    expect(errorBound(3, 0)).toBe(0);
  });
});

describe('counts and windows', () => {
  const count = (operator: string, value: unknown, window: unknown = { type: 'last', amount: 7, unit: 'days' }) => ({
    type: 'event', event: 'purchase', window, measure: 'count', operator, value,
  });
  it('counts events exactly on asOf − 7 days and on asOf, never after asOf', async () => {
    const input = profileWith(1, [purchase(1, 7), purchase(1, 0), { name: 'purchase', timestamp: AS_OF + 1, properties: {} }]);
    expect(await expectAgreement(count('eq', 2), [input], { asOf: AS_OF })).toBe(1);
    expect(await expectAgreement(count('eq', 2, { type: 'ever' }), [input], { asOf: AS_OF })).toBe(1);
  });
  it('agrees for every threshold around the real count, with fractional thresholds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -10 * DAY, max: DAY }), { maxLength: 40 }),
        fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'),
        fc.constantFrom(-1, 0, 0.5, 1, 2, 2.5, 3, 7, 20, 39, 40),
        fc.constantFrom({ type: 'last', amount: 7, unit: 'days' }, { type: 'ever' }, { type: 'last', amount: 1, unit: 'hours' }, { type: 'between', from: '2024-06-10T00:00:00Z', to: '2024-06-20T00:00:00Z' }),
        async (offsets, operator, value, window) => {
          const input = profileWith(1, offsets.map((d) => ({ name: 'purchase', timestamp: AS_OF + d })));
          await expectAgreement(count(operator, value, window), [input], { asOf: AS_OF });
          await expectAgreement({ ...count(operator, value, window), measure: 'distinct_days' }, [input], { asOf: AS_OF });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

function nextAfter(x: number, direction: number): number {
  if (x === direction) return x;
  if (x === 0) return direction > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buffer = new DataView(new ArrayBuffer(8));
  buffer.setFloat64(0, x);
  const bits = buffer.getBigInt64(0);
  buffer.setBigInt64(0, (x < direction) === (x > 0) ? bits + 1n : bits - 1n);
  return buffer.getFloat64(0);
}
