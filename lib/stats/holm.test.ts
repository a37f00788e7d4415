import { describe, expect, it } from 'vitest';
import { expectClose, R } from './fixtures/r-reference';
import { holmAdjust } from './holm';
import { compareProportions } from './proportions';

describe('holmAdjust against R p.adjust(method = "holm")', () => {
  it.each(R.holm.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const adjusted = holmAdjust(c.p);
    expect(adjusted.length).toBe(c.expected.length);
    adjusted.forEach((value, i) => {
      const expected = c.expected[i];
      if (expected === null) expect(value, `${name}[${i}]`).toBeNull();
      else expectClose(value!, expected, `${name}[${i}]`);
    });
  });

  it('adjusts the three-arm p-values this library computes the way R adjusts its own', () => {
    const cases = R.proportions.filter((c) => c.name.startsWith('three arms'));
    const p = cases.map((c) => compareProportions(c.control, c.treatment).pValue.value);
    const holm = R.holm.find((c) => c.name === 'three arms from the proportions cases')!;
    holmAdjust(p).forEach((value, i) => expectClose(value!, holm.expected[i]!, `arm ${i + 1}`));
  });

  it('rejects a p-value outside [0, 1]', () => {
    expect(() => holmAdjust([0.2, 1.2])).toThrow(RangeError);
  });
});
