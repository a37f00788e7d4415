import { describe, expect, it } from 'vitest';
import { type EvaluationInput, compileTree, countTree, evaluateTree } from '@/lib/segments';
import { AudienceIndex } from '@/lib/audience-index/audience-index';
import { buildFromInputs } from '@/lib/audience-index/build/from-inputs';
import { indexEngine } from './index-engine';
import { splitTree } from './tests/fixtures';

// The adapter between the facade and the in-memory index: counts equal the core's, also
// when `segment` conditions read precomputed members of another tree; members are the evaluator's.
const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');
const inputs: EvaluationInput[] = Array.from({ length: 40 }, (_, i) => ({
  profile: {
    id: i + 1,
    externalId: `u${i}`,
    traits: { age: 18 + ((i * 13) % 50), plan: i % 3 ? 'free' : 'pro' },
    consent: i % 7 === 0 ? { personalization: false } : i % 2 ? { personalization: true } : {},
  },
  events: Array.from({ length: i % 3 }, (_, k) => ({ name: 'purchase', timestamp: AS_OF - k * 86_400_000, properties: { amount: k + 1 } })),
}));

describe('indexEngine', () => {
  it('counts like the core, with consent, opt-in and segment memberships', async () => {
    const engine = indexEngine(new AudienceIndex(buildFromInputs(inputs)));
    const ages = compileTree(splitTree({ type: 'attribute', field: 'traits.age', operator: 'gte', value: 40 }, { yes: 'older', no: 'younger' }));
    const uses = compileTree(splitTree({ type: 'group', combinator: 'and', conditions: [
      { type: 'segment', operator: 'not_in', segment: 'older' },
      { type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' },
    ] }, { yes: 'young-pro' }));
    for (const requireOptIn of [false, true]) {
      const options = { asOf: AS_OF, requireOptIn };
      const older = inputs.filter((i) => evaluateTree(ages, i, options).segment === 'older').map((i) => Number(i.profile.id));
      const run = { workspaceId: 'w', asOf: AS_OF, requireOptIn, segmentMembers: { older } };
      expect(await engine.count(ages, { ...run, segmentMembers: {} })).toEqual(countTree(ages, inputs, options));
      const expected = countTree(uses, inputs, { ...options, segmentMembership: (ref, p) => older.includes(Number(p.id)) && ref.segmentKey === 'older' });
      expect(await engine.count(uses, run)).toEqual(expected);
      expect(expected.segments['young-pro']).toBeGreaterThan(0);
      const younger = inputs.filter((i) => evaluateTree(ages, i, options).segment === 'younger').map((i) => Number(i.profile.id));
      expect(await engine.members(ages, { ...run, segmentMembers: {} })).toEqual({ older, younger });
    }
  });
});
