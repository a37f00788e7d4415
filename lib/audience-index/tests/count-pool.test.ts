import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTree, countTree } from '@/lib/segments';
import { AudienceIndex, COUNT_LIMITS } from '../audience-index';
import { buildFromInputs } from '../build/from-inputs';
import { countPool } from '../count/count-pool';
import { AS_OF } from './random-conditions';
import { randomInputs, randomTree } from './random-profiles';

// Counting split between the main thread and a worker (sharing the index's memory) must
// give exactly what one thread gives, and so what the reference gives.
describe('counting on two threads', () => {
  beforeAll(() => {
    COUNT_LIMITS.parallelFrom = 0;
  });
  afterAll(() => {
    COUNT_LIMITS.parallelFrom = 100_000;
  });

  it('has a worker to count with', async () => {
    expect((await countPool())?.size).toBeGreaterThan(0);
  });

  it('agrees with the reference on random trees', async () => {
    const vipOf = (ids: number[]) => ids.filter((id) => id % 3 === 0);
    await fc.assert(
      fc.asyncProperty(randomTree, randomInputs, fc.constantFrom(AS_OF, AS_OF + 2 * 86_400_000), fc.boolean(), async (doc, inputs, asOf, requireOptIn) => {
        const tree = compileTree(doc);
        const vip = vipOf(inputs.map((i) => i.profile.id as number));
        const index = new AudienceIndex(buildFromInputs(inputs));
        const expected = countTree(tree, inputs, { asOf, requireOptIn, segmentMembership: (ref, p) => ref.segmentKey === 'vip' && vip.includes(Number(p.id)) });
        expect(await index.countTree(tree, { asOf, requireOptIn, segmentMembers: { vip } })).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
