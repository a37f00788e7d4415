import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInterval, expectStat, R } from './fixtures/r-reference';
import { compareProportions } from './proportions';

describe('compareProportions against R prop.test(correct = FALSE)', () => {
  it.each(R.proportions.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const r = compareProportions(c.control, c.treatment);
    const e = c.expected;
    expectStat(r.controlRate, e.controlRate, `${name} controlRate`);
    expectStat(r.treatmentRate, e.treatmentRate, `${name} treatmentRate`);
    expectStat(r.absoluteLift, e.absoluteLift, `${name} absoluteLift`);
    expectInterval(r.absoluteLiftCi, e.absoluteLiftCi, `${name} absoluteLiftCi`);
    expectStat(r.relativeLift, e.relativeLift, `${name} relativeLift`);
    expectInterval(r.relativeLiftCi, e.relativeLiftCi, `${name} relativeLiftCi`);
    expectStat(r.z, e.z, `${name} z`);
    expectStat(r.pValue, e.pValue, `${name} pValue`);
  });
});

describe('compareProportions edge cases', () => {
  it('an arm without users leaves every comparison undefined, with a reason', () => {
    const r = compareProportions({ users: 0, conversions: 0 }, { users: 10, conversions: 1 });
    expect(r.controlRate.value).toBeNull();
    expect(r.treatmentRate).toEqual({ value: 0.1 });
    for (const s of [r.absoluteLift, r.absoluteLiftCi, r.relativeLift, r.relativeLiftCi, r.z, r.pValue]) {
      expect(s).toEqual({ value: null, reason: expect.stringMatching(/no exposed users/) });
    }
  });

  it('rejects impossible input instead of returning nonsense', () => {
    expect(() => compareProportions({ users: 10, conversions: 11 }, { users: 10, conversions: 1 })).toThrow(RangeError);
    expect(() => compareProportions({ users: -1, conversions: 0 }, { users: 10, conversions: 1 })).toThrow(RangeError);
    expect(() => compareProportions({ users: 1.5, conversions: 0 }, { users: 10, conversions: 1 })).toThrow(RangeError);
    expect(() => compareProportions({ users: 10, conversions: 1 }, { users: 10, conversions: 1 }, 1)).toThrow(RangeError);
  });

  it('never lets NaN or Infinity out: every number is finite or undefined with a reason', () => {
    const arm = fc
      .tuple(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 10_000_000 })), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([users, share]) => ({ users, conversions: Math.round(users * share) }));
    fc.assert(
      fc.property(arm, arm, (control, treatment) => {
        for (const s of Object.values(compareProportions(control, treatment))) {
          if (s.value === null) expect(s.reason).toBeTruthy();
          else if (typeof s.value === 'number') expect(Number.isFinite(s.value)).toBe(true);
          else expect(Number.isFinite(s.value.lower) && Number.isFinite(s.value.upper) && s.value.lower <= s.value.upper).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
