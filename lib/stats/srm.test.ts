import { describe, expect, it } from 'vitest';
import { expectStat, R } from './fixtures/r-reference';
import { sampleRatioMismatch } from './srm';

describe('sampleRatioMismatch against R chisq.test(x, p = weights, rescale.p = TRUE)', () => {
  it.each(R.srm.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const r = sampleRatioMismatch(c.observed, c.weights);
    expectStat(r.statistic, c.expected.statistic, `${name} statistic`);
    expectStat(r.pValue, c.expected.pValue, `${name} pValue`);
    expect(r.df).toBe(c.observed.length - 1);
    expect(r.mismatch).toBe(c.expected.mismatch);
    expect(r.lowExpectedCounts).toBe(c.expected.lowExpectedCounts);
  });

  it('flags exactly below p = 0.001', () => {
    expect(R.srm.filter((c) => c.expected.mismatch).map((c) => c.name)).toEqual(['unequal 10/90 mismatch', 'extreme mismatch (p underflows)']);
  });

  it('is undefined without traffic, with one arm, or with a weight of 0', () => {
    expect(sampleRatioMismatch([0, 0], [1, 1]).pValue.value).toBeNull();
    expect(sampleRatioMismatch([10], [1]).pValue.value).toBeNull();
    const zeroWeight = sampleRatioMismatch([10, 5], [1, 0]);
    expect(zeroWeight.pValue).toEqual({ value: null, reason: expect.stringMatching(/weight 0/) });
    expect(zeroWeight.mismatch).toBe(false);
  });
});
