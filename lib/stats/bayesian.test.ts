import { describe, expect, it } from 'vitest';
import { compareBayesian } from './bayesian';
import { expectStat, R } from './fixtures/r-reference';

// R integrates dbeta·pbeta numerically (scripts/r/stats-reference.R); this side sums exactly.
describe('compareBayesian against R numerical integration', () => {
  it.each(R.bayesian.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const r = compareBayesian(c.control, c.treatment);
    expectStat(r.chanceToBeatControl, c.expected.chanceToBeatControl, `${name} chance`);
    expectStat(r.expectedLoss, c.expected.expectedLoss, `${name} expectedLoss`);
    expectStat(r.controlExpectedLoss, c.expected.controlExpectedLoss, `${name} controlExpectedLoss`);
  });
});

describe('compareBayesian properties', () => {
  it('is exactly 5/6 for one user each, 0 vs 1 conversions', () => {
    // Beta(1,2) vs Beta(2,1): ∫ 2p · (1 − (1 − p)²) dp = 5/6.
    const r = compareBayesian({ users: 1, conversions: 0 }, { users: 1, conversions: 1 });
    expect(r.chanceToBeatControl.value).toBeCloseTo(5 / 6, 15);
  });

  it('swapping the arms gives the complement and swaps the losses', () => {
    const a = { users: 4000, conversions: 410 };
    const b = { users: 3900, conversions: 455 };
    const ab = compareBayesian(a, b);
    const ba = compareBayesian(b, a);
    expect(ab.chanceToBeatControl.value! + ba.chanceToBeatControl.value!).toBeCloseTo(1, 14);
    expect(ab.expectedLoss.value).toBeCloseTo(ba.controlExpectedLoss.value!, 15);
  });

  it('the two losses differ by the gap of the posterior means', () => {
    const a = { users: 1200, conversions: 80 };
    const b = { users: 1300, conversions: 101 };
    const r = compareBayesian(a, b);
    const gap = (b.conversions + 1) / (b.users + 2) - (a.conversions + 1) / (a.users + 2);
    expect(r.controlExpectedLoss.value! - r.expectedLoss.value!).toBeCloseTo(gap, 14);
  });

  it('an arm without users is undefined rather than echoing the prior', () => {
    const r = compareBayesian({ users: 0, conversions: 0 }, { users: 10, conversions: 2 });
    expect(r.chanceToBeatControl).toEqual({ value: null, reason: expect.stringMatching(/no exposed users/) });
  });

  // Speed is measured by benchmarks, never by timed tests (≈25 ms on an idle 2-core machine).
  it('ten million users per arm at a 50 % rate (the most terms) gives a finite answer', () => {
    const r = compareBayesian({ users: 10_000_000, conversions: 5_000_000 }, { users: 10_000_000, conversions: 4_999_000 });
    expect(r.chanceToBeatControl.value).toBeGreaterThan(0);
    expect(r.chanceToBeatControl.value).toBeLessThan(0.5);
  });
});
