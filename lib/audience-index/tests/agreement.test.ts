import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type EvaluationInput, compileTree, countTree, evaluateTree } from '@/lib/segments';
import { AudienceIndex } from '../audience-index';
import { buildFromInputs } from '../build/from-inputs';
import { DICTIONARY_LIMITS } from '../storage/dictionary';
import { AS_OF } from './random-conditions';
import { randomInputs, randomProfile, randomTree } from './random-profiles';

// The index must give exactly the reference counts (lib/segments countTree) at every node,
// segment and open branch, for random trees over random, deliberately nasty profiles — also
// after random changes and erasures have gone into its overlay.
const membership = (ref: { segmentKey: string }, profile: { id: number | string }) => ref.segmentKey === 'vip' && Number(profile.id) % 3 === 0;
const asOfs = fc.constantFrom(AS_OF, AS_OF - 86_400_000 * 3, AS_OF + 1, AS_OF + 86_400_000 * 2, Date.parse('2024-06-08T12:00:00Z'));
const optionsArb = fc.record({ asOf: asOfs, requireOptIn: fc.boolean() }).map((o) => ({ ...o, segmentMembership: membership }));

describe('index counts = reference counts', () => {
  afterEach(() => {
    DICTIONARY_LIMITS.large = 65_536;
  });

  it('on random trees and profiles', async () => {
    await fc.assert(
      fc.asyncProperty(randomTree, randomInputs, optionsArb, fc.boolean(), async (doc, inputs, options, byIds) => {
        const tree = compileTree(doc);
        const index = new AudienceIndex(buildFromInputs(inputs));
        // Segment members given as ids (what a preview passes) or as the evaluator's lookup.
        const vip = inputs.map((i) => i.profile.id as number).filter((id) => id % 3 === 0);
        const indexOptions = byIds ? { asOf: options.asOf, requireOptIn: options.requireOptIn, segmentMembers: { vip } } : options;
        expect(await index.countTree(tree, indexOptions)).toEqual(countTree(tree, inputs, options));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('with every dictionary in the large (StringTable) form', async () => {
    DICTIONARY_LIMITS.large = 1;
    await fc.assert(
      fc.asyncProperty(randomTree, randomInputs, optionsArb, async (doc, inputs, options) => {
        const tree = compileTree(doc);
        const index = new AudienceIndex(buildFromInputs(inputs));
        expect(await index.countTree(tree, options)).toEqual(countTree(tree, inputs, options));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('after random upserts, new profiles and erasures in the overlay', async () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), pick: fc.nat(), profile: randomProfile(0) }),
      fc.record({ kind: fc.constant('create' as const), profile: randomProfile(0) }),
      fc.record({ kind: fc.constant('erase' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(randomTree, randomInputs, fc.array(change, { maxLength: 8 }), optionsArb, async (doc, inputs, changes, options) => {
        const tree = compileTree(doc);
        const index = new AudienceIndex(buildFromInputs(inputs));
        const current = new Map<number, EvaluationInput>(inputs.map((i) => [i.profile.id as number, i]));
        let nextId = 1000;
        for (const c of changes) {
          const ids = [...current.keys()];
          if (c.kind === 'erase') {
            if (ids.length === 0) continue;
            const id = ids[c.pick % ids.length];
            current.delete(id);
            index.applyChanges({ erasedIds: [id] });
            continue;
          }
          const id = c.kind === 'create' || ids.length === 0 ? nextId++ : ids[c.pick % ids.length];
          const input = { ...c.profile, profile: { ...c.profile.profile, id, externalId: `u${id}` } };
          current.set(id, input);
          index.applyChanges({ upserts: [input] });
        }
        expect(await index.countTree(tree, options)).toEqual(countTree(tree, current.values(), options));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe('index members = the evaluator\'s assignments', () => {
  it('for every segment, also with profiles in the overlay and erased ones', async () => {
    await fc.assert(
      fc.asyncProperty(randomTree, randomInputs, randomProfile(0), optionsArb, async (doc, inputs, changed, options) => {
        const tree = compileTree(doc);
        const index = new AudienceIndex(buildFromInputs(inputs));
        let current = inputs;
        if (inputs.length > 1) {
          // The first profile changes (overlay), the second is erased.
          const upsert = { ...changed, profile: { ...changed.profile, id: inputs[0].profile.id, externalId: inputs[0].profile.externalId } };
          index.applyChanges({ upserts: [upsert], erasedIds: [inputs[1].profile.id as number] });
          current = [upsert, ...inputs.slice(2)];
        }
        const expected: Record<string, number[]> = Object.fromEntries(tree.segmentKeys.map((key) => [key, [] as number[]]));
        for (const input of current) {
          const { segment } = evaluateTree(tree, input, options);
          if (segment !== null) expected[segment].push(input.profile.id as number);
        }
        for (const ids of Object.values(expected)) ids.sort((a, b) => a - b);
        const vip = current.map((i) => i.profile.id as number).filter((id) => id % 3 === 0);
        expect(await index.members(tree, { asOf: options.asOf, requireOptIn: options.requireOptIn, segmentMembers: { vip } })).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe('single-profile evaluation = the evaluator on the stored input', () => {
  it('for every profile, with and without a request context', async () => {
    const requestContext = fc.option(fc.record({ device: fc.constantFrom('mobile', null), timezone: fc.constantFrom('Asia/Tokyo', 'bad') }, { requiredKeys: [] }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(randomTree, randomInputs, optionsArb, requestContext, async (doc, inputs, options, live) => {
        const tree = compileTree(doc);
        const index = new AudienceIndex(buildFromInputs(inputs));
        for (const input of inputs) {
          const expected = evaluateTree(tree, { ...input, requestContext: live }, options);
          expect(await index.evaluate(input.profile.externalId, tree, { ...options, requestContext: live })).toEqual(expected);
        }
        expect(await index.evaluate('nobody', tree, options)).toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
