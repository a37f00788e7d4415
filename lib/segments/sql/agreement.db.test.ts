import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { validateTree } from '@/lib/segments';
import { rawDb } from '@/lib/db/raw';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { expectAgreement } from './tests/agreement';
import { asOf, memberships, profiles, wordProfiles } from './tests/arb-data';
import { tree } from './tests/arb-trees';
import { AS_OF } from './tests/arb-values';
import { leaf, textCondition } from './tests/arb-conditions';
import { splitTree } from './tests/trees';

// The SQL engine must count exactly what the core's countTree counts, at every node, on
// random trees (every condition kind and operator, nested groups, switches, open branches)
// over random data with nasty values. Many small runs: each inserts ≤ 10 profiles with ≤ 6
// events each and checks several trees against them.
const RUNS = Number(process.env.SQL_AGREEMENT_RUNS ?? 200);
const LEAF_RUNS = Number(process.env.SQL_AGREEMENT_LEAF_RUNS ?? 100);
// Generous: a run takes 5–15 s on a shared 2-core machine, the project default is 30 s.
const TIMEOUT = 240_000;

describeDb('SQL engine agrees with the core', () => {
  let workspaceId = '';
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace('SQL agreement')).id;
  });

  it(`on random trees and data (${RUNS} runs)`, async () => {
    let trees = 0;
    await fc.assert(
      fc.asyncProperty(profiles, fc.array(tree, { minLength: 1, maxLength: 6 }), asOf, fc.boolean(), memberships, async (data, docs, at, optIn, members) => {
        const valid = docs.filter((d) => validateTree(d).tree !== undefined);
        trees += valid.length;
        await expectAgreement(rawDb(), workspaceId, data, valid, { asOf: at, requireOptIn: optIn, segmentMembers: members });
      }),
      { numRuns: RUNS },
    );
    expect(trees).toBeGreaterThan(RUNS);
  }, TIMEOUT);

  // Every condition on every profile: one split per condition, so nothing is masked by the
  // path above it (the random trees above test the walk; these the predicates' details).
  it(`on single conditions over every profile (${LEAF_RUNS} runs × 12 conditions)`, async () => {
    await fc.assert(
      fc.asyncProperty(profiles, fc.array(leaf, { minLength: 12, maxLength: 12 }), asOf, memberships, async (data, conditions, at, members) => {
        const trees = conditions.map(splitTree).filter((d) => validateTree(d).tree !== undefined);
        await expectAgreement(rawDb(), workspaceId, data, trees, { asOf: at, segmentMembers: members });
      }),
      { numRuns: LEAF_RUNS },
    );
  }, TIMEOUT);

  // Lower-casing, final sigma, İ, regular expressions: rare in the mixes above, so once more
  // on profiles whose city is always a word built from the tricky characters.
  it(`on text conditions over tricky words (${LEAF_RUNS} runs × 12 conditions)`, async () => {
    await fc.assert(
      fc.asyncProperty(wordProfiles, fc.array(textCondition, { minLength: 12, maxLength: 12 }), async (data, conditions) => {
        await expectAgreement(rawDb(), workspaceId, data, conditions.map(splitTree), { asOf: AS_OF });
      }),
      { numRuns: LEAF_RUNS },
    );
  }, TIMEOUT);
});
