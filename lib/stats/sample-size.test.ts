import { describe, expect, it } from 'vitest';
import { expectClose, R } from './fixtures/r-reference';
import { remainingSample, sampleSizePerArm } from './sample-size';

describe('sampleSizePerArm against R power.prop.test', () => {
  it.each(R.sampleSize.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const plan = sampleSizePerArm(c.baselineRate, c.effect, { alpha: c.alpha, power: c.power });
    expect(plan.value, name).not.toBeNull();
    if (plan.value === null) return;
    expectClose(plan.value.exactPerArm, c.expected.exactPerArm, `${name} n`);
    expect(plan.value.perArm).toBe(c.expected.perArm);
    expectClose(plan.value.targetRate, c.expected.targetRate, `${name} target`);
  });

  it('is undefined for no effect or a target outside 0–100 %', () => {
    expect(sampleSizePerArm(0.1, { kind: 'absolute', value: 0 })).toEqual({ value: null, reason: expect.stringMatching(/is 0/) });
    expect(sampleSizePerArm(0, { kind: 'relative', value: 0.2 })).toEqual({ value: null, reason: expect.stringMatching(/baseline of 0/) });
    expect(sampleSizePerArm(0.95, { kind: 'absolute', value: 0.1 }).value).toBeNull();
    expect(sampleSizePerArm(0.05, { kind: 'relative', value: -1.5 }).value).toBeNull();
  });
});

describe('remainingSample', () => {
  it('counts what each arm still needs and the traffic to get there at the weights', () => {
    // 10/90 split: the 10 % arm needs 600 more, so 6,000 more users overall.
    expect(remainingSample(1000, [400, 3600], [10, 90])).toEqual({ perArm: [600, 0], total: 600, traffic: { value: 6000 } });
    expect(remainingSample(1000, [1000, 1200, 0], [1, 1, 1])).toEqual({ perArm: [0, 0, 1000], total: 1000, traffic: { value: 3000 } });
    expect(remainingSample(1000, [1000, 1000], [1, 1]).traffic).toEqual({ value: 0 });
  });

  it('cannot reach the target through an arm with weight 0', () => {
    expect(remainingSample(1000, [10, 2000], [0, 1]).traffic).toEqual({ value: null, reason: expect.stringMatching(/weight 0/) });
  });
});
