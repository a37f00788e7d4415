import { describe, expect, it } from 'vitest';
import { checkSegmentMinimum } from './segment-minimum';

const defaults = { minSegmentSize: 500, minSegmentPercent: 1 };

// [name, size, total, settings, expected]
const cases: [string, number, number, typeof defaults, ReturnType<typeof checkSegmentMinimum>][] = [
  ['20k profiles: 500 is the larger rule', 499, 20_000, defaults, { threshold: 500, below: true, rule: 'size' }],
  ['exactly the minimum passes', 500, 20_000, defaults, { threshold: 500, below: false, rule: 'size' }],
  ['1M profiles: 1% = 10,000 is the larger rule', 9_999, 1_000_000, defaults, { threshold: 10_000, below: true, rule: 'percent' }],
  ['the share rounds up', 101, 10_050, { minSegmentSize: 0, minSegmentPercent: 1 }, { threshold: 101, below: false, rule: 'percent' }],
  ['a small workspace still warns under the absolute size', 80, 200, defaults, { threshold: 500, below: true, rule: 'size' }],
  ['both rules off', 0, 1000, { minSegmentSize: 0, minSegmentPercent: 0 }, { threshold: 0, below: false, rule: null }],
  ['an empty segment is below any positive minimum', 0, 0, { minSegmentSize: 1, minSegmentPercent: 0 }, { threshold: 1, below: true, rule: 'size' }],
];

describe('checkSegmentMinimum', () => {
  it.each(cases)('%s', (_name, size, total, settings, expected) => {
    expect(checkSegmentMinimum(size, total, settings)).toEqual(expected);
  });
});
