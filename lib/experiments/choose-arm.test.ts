import { describe, expect, it } from 'vitest';
import type { Arm } from './arms';
import { assignArm } from './assignment';
import { chooseExperimentArm, type ChooseArmInput } from './choose-arm';

const arms: Arm[] = [
  { key: 'control', name: 'Control', weight: 50, variantId: null, content: null },
  { key: 'b', name: 'B', weight: 50, variantId: 'v1', content: null },
];
const base: ChooseArmInput = {
  experiment: { key: 'hero-copy', status: 'running', segmentKey: 'vip', arms },
  profileId: 'user-1',
  consent: {},
  segmentKey: 'vip',
  exposure: null,
};

describe('chooseExperimentArm (the evaluate route’s seam)', () => {
  it.each<[string, Partial<ChooseArmInput>, { arm: string; recordExposure: boolean } | null]>([
    ['a new profile gets the hashed arm and an exposure', {}, { arm: arms[assignArm('hero-copy', 'user-1', [50, 50])].key, recordExposure: true }],
    ['an exposed profile keeps its arm and is not recorded again', { exposure: { arm: 'b' } }, { arm: 'b', recordExposure: false }],
    ['a draft assigns nobody', { experiment: { ...base.experiment, status: 'draft' } }, null],
    ['a stopped experiment assigns nobody, even the exposed', { experiment: { ...base.experiment, status: 'stopped' }, exposure: { arm: 'b' } }, null],
    ['an explicit refusal of consent excludes', { consent: { personalization: false } }, null],
    ['under opt-in, no consent excludes', { requireOptIn: true }, null],
    ['under opt-in, consent includes', { requireOptIn: true, consent: { personalization: true } }, { arm: arms[assignArm('hero-copy', 'user-1', [50, 50])].key, recordExposure: true }],
    ['another segment is not in the experiment', { segmentKey: 'new' }, null],
    ['no segment is not in a one-segment experiment', { segmentKey: null }, null],
  ])('%s', (_, change, expected) => {
    const decision = chooseExperimentArm({ ...base, ...change });
    expect(decision && { arm: decision.arm.key, recordExposure: decision.recordExposure }).toEqual(expected);
  });

  it('an all-segments experiment takes any segment, and none', () => {
    const experiment = { ...base.experiment, segmentKey: null };
    expect(chooseExperimentArm({ ...base, experiment, segmentKey: 'new' })).not.toBeNull();
    expect(chooseExperimentArm({ ...base, experiment, segmentKey: null })).not.toBeNull();
  });

  it('is sticky when the weights change: the exposure wins over the new split', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `user-${i}`);
    const before = ids.map((id) => chooseExperimentArm({ ...base, profileId: id })!.arm.key);
    const shifted = { ...base.experiment, arms: [{ ...arms[0], weight: 10 }, { ...arms[1], weight: 90 }] };
    const moved = ids.filter((id, i) => chooseExperimentArm({ ...base, experiment: shifted, profileId: id })!.arm.key !== before[i]);
    expect(moved.length).toBeGreaterThan(0); // the hash alone would move these…
    for (const id of moved) {
      const i = ids.indexOf(id);
      // …but their exposure keeps them where they were.
      expect(chooseExperimentArm({ ...base, experiment: shifted, profileId: id, exposure: { arm: before[i] } })!.arm.key).toBe(before[i]);
    }
  });

  it('an arm with weight 0 receives no new profile', () => {
    const experiment = { ...base.experiment, arms: [{ ...arms[0], weight: 100 }, { ...arms[1], weight: 0 }] };
    for (let i = 0; i < 100; i++) expect(chooseExperimentArm({ ...base, experiment, profileId: `u${i}` })!.arm.key).toBe('control');
  });
});
