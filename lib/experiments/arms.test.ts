import { describe, expect, it } from 'vitest';
import { type Arm, armsSchema, startedArmChanges, weightsChanged, weightsSinceMs } from './arms';

const arm = (key: string, weight: number, variantId: string | null = null): Arm => ({ key, name: key.toUpperCase(), weight, variantId, content: null });

describe('arms', () => {
  it.each<[string, unknown, boolean]>([
    ['control and one variant at 50/50', [arm('control', 50), arm('b', 50)], true],
    ['three arms at 34/33/33', [arm('control', 34), arm('b', 33), arm('c', 33)], true],
    ['a paused arm (weight 0)', [arm('control', 100), arm('b', 0)], true],
    ['weights adding up to 90', [arm('control', 45), arm('b', 45)], false],
    ['one arm only', [arm('control', 100)], false],
    ['a duplicated key', [arm('a', 50), arm('a', 50)], false],
    ['a control without traffic', [arm('control', 0), arm('b', 100)], false],
    ['a key with a colon', [arm('control', 50), arm('b:c', 50)], false],
  ])('%s → valid %s', (_, arms, valid) => {
    expect(armsSchema.safeParse(arms).success).toBe(valid);
  });

  it('after the start, only weights may change', () => {
    const before = [arm('control', 50), arm('b', 50, 'v1')];
    expect(startedArmChanges(before, [arm('control', 20), arm('b', 80, 'v1')])).toEqual([]);
    expect(startedArmChanges(before, [arm('control', 100)])[0].message).toMatch(/cannot be removed/);
    expect(startedArmChanges(before, [...before, arm('c', 0)])[0].message).toMatch(/cannot be added/);
    expect(startedArmChanges(before, [before[1], before[0]]).map((p) => p.message).join()).toMatch(/reordered/);
    expect(startedArmChanges(before, [before[0], arm('b', 50, 'v2')])[0].message).toMatch(/content/);
  });

  it('knows when the split changed and since when it holds', () => {
    const a = [arm('control', 50), arm('b', 50)];
    expect(weightsChanged(a, a.map((x) => ({ ...x, name: 'renamed' })))).toBe(false);
    expect(weightsChanged(a, [arm('control', 40), arm('b', 60)])).toBe(true);
    expect(weightsSinceMs(a)).toBeUndefined();
    expect(weightsSinceMs([{ ...a[0], weightsSince: '2024-01-02T00:00:00.000Z' }, { ...a[1], weightsSince: '2024-01-03T00:00:00.000Z' }])).toBe(Date.UTC(2024, 0, 3));
  });
});
