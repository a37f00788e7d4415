import { describe, expect, it } from 'vitest';
import { expectInterval, expectStat, R } from './fixtures/r-reference';
import { welchTest } from './welch';

// R ran t.test(treatment, control, var.equal = FALSE) on real samples and kept their n, mean
// and var; the TypeScript side sees only those summaries.
describe("welchTest against R t.test(var.equal = FALSE)", () => {
  it.each(R.welch.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const r = welchTest(c.control, c.treatment);
    expectStat(r.difference, c.expected.difference, `${name} difference`);
    expectInterval(r.differenceCi, c.expected.differenceCi, `${name} ci`);
    expectStat(r.t, c.expected.t, `${name} t`);
    expectStat(r.df, c.expected.df, `${name} df`);
    expectStat(r.pValue, c.expected.pValue, `${name} pValue`);
  });
});

describe('welchTest edge cases', () => {
  it('explains why a test is undefined', () => {
    expect(welchTest({ n: 3, mean: 5, variance: 0 }, { n: 3, mean: 6, variance: 0 }).pValue).toEqual({
      value: null,
      reason: expect.stringMatching(/no variation/),
    });
    expect(welchTest({ n: 1, mean: 5, variance: 0 }, { n: 3, mean: 6, variance: 1 }).t).toEqual({
      value: null,
      reason: expect.stringMatching(/at least 2 users/),
    });
    expect(welchTest({ n: 0, mean: 0, variance: 0 }, { n: 3, mean: 6, variance: 1 }).difference.value).toBeNull();
  });

  it('rejects a negative variance', () => {
    expect(() => welchTest({ n: 3, mean: 5, variance: -1 }, { n: 3, mean: 6, variance: 1 })).toThrow(RangeError);
  });
});
