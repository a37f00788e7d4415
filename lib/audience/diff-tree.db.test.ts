import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { type EvaluationInput, type TreeDocument, compileTree, evaluateTree, validateTree } from '@/lib/segments';
import { randomTree } from '@/lib/segments/tests/random-trees';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { updateTree } from '@/lib/db/queries/trees/update-tree';
import { diffTree } from './diff-tree';
import { publishTree } from './publish-tree';
import { type SeedProfile, seedProfiles, splitTree } from './tests/seed';

// The movement matrix through the real facade (index or SQL, whichever counts) against its
// definition: evaluate the published version and the draft per profile with the pure
// evaluator and count the (before, after) pairs. Random trees use every kind of condition,
// including `segment` conditions on another published tree, and the data includes profiles
// without consent.

const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');
const DAY = 86_400_000;

function people(seed: number): SeedProfile[] {
  const rnd = fc.sample(fc.array(fc.nat({ max: 1000 }), { minLength: 12, maxLength: 12 }), { seed, numRuns: 80 });
  return rnd.map((r, i) => ({
    externalId: `p${i}`,
    traits: {
      ...(r[0] % 7 ? { age: 10 + (r[1] % 60) } : {}),
      ...(r[2] % 3 ? { city: ['Paris', 'paris', 'Lyon', 'Nice', ''][r[3] % 5] } : {}),
      ...(r[4] % 2 ? { vip: r[5] % 2 === 0 } : {}),
      ...(r[6] % 4 ? { tags: [['a'], ['b'], []][r[6] % 3] } : {}),
      ...(r[7] % 3 ? { signup: ['2024-06-01T00:00:00Z', '2024-01-01T00:00:00Z', '2024-06-15T12:00:00.001Z'][r[7] % 3] } : {}),
      email: r[8] % 2 ? 'ann@example.com' : 'bob@example.org',
    },
    consent: [{}, { personalization: true }, { personalization: false }, {}][r[9] % 4],
    context: { ...(r[10] % 3 ? { device: r[10] % 2 ? 'mobile' : 'desktop' } : {}), ...(r[11] % 2 ? { timezone: 'Asia/Tokyo' } : {}) },
    events: Array.from({ length: r[11] % 5 }, (_, k) => ({
      name: k % 2 ? 'page_view' : 'purchase',
      timestamp: AS_OF - ((r[k] % 12) - 1) * DAY,
      properties: { amount: (r[k + 1] % 90) + 1 },
    })),
  }));
}

const valid = (doc: unknown): TreeDocument => {
  const { tree, errors } = validateTree(doc);
  if (!tree) throw new Error(errors.map((e) => e.message).join(' '));
  return tree;
};

function referenceMatrix(published: TreeDocument, draft: TreeDocument, inputs: EvaluationInput[], vip: TreeDocument) {
  const vipTree = compileTree(vip);
  const options = {
    asOf: AS_OF,
    segmentMembership: (_ref: unknown, profile: EvaluationInput['profile']) =>
      evaluateTree(vipTree, inputs.find((x) => x.profile.id === profile.id)!, { asOf: AS_OF }).segment === 'vip',
  };
  const [p, d] = [compileTree(published), compileTree(draft)];
  const cells: Record<string, number> = {};
  for (const input of inputs) {
    const before = evaluateTree(p, input, options);
    if (before.excludedNoConsent) continue;
    const key = `${before.segment}→${evaluateTree(d, input, options).segment}`;
    cells[key] = (cells[key] ?? 0) + 1;
  }
  return cells;
}

describeDb('diffTree', () => {
  it('the movement matrix equals evaluating both trees per profile, on random trees', async () => {
    const ws = await createTestWorkspace('diff');
    const inputs = await seedProfiles(ws.id, people(7));
    const vip = valid(splitTree({ type: 'attribute', field: 'traits.vip', operator: 'is_true' }, { yes: 'vip' }));
    await publishTree(ws.id, (await createTree(ws.id, { name: 'VIP', description: '', document: vip })).id, null);

    const pairs = fc.sample(fc.tuple(randomTree, randomTree), { seed: 42, numRuns: 6 });
    for (const [i, [p, d]] of pairs.entries()) {
      // Keys are unique per workspace: each pair gets its own.
      const [published, draft] = [p, d].map((doc) => valid(JSON.parse(JSON.stringify(doc).replaceAll('"seg-', `"k${i}-`))));
      const tree = await createTree(ws.id, { name: 'Random', description: '', document: published });
      await publishTree(ws.id, tree.id, null);
      await updateTree(ws.id, tree.id, { document: draft });
      const diff = await diffTree(ws.id, tree.id, { asOf: AS_OF });
      const cells: Record<string, number> = {};
      diff.movement.from.forEach((f, r) => diff.movement.to.forEach((t, c) => {
        if (diff.movement.counts[r][c] > 0) cells[`${f.key}→${t.key}`] = diff.movement.counts[r][c];
      }));
      expect(cells).toEqual(referenceMatrix(published, draft, inputs, vip));
      expect(diff.movement.total).toBe(inputs.length);
      expect(diff.base.version).toBe(1);
    }
  });

  it('before the first publish everyone comes from "no segment"; a sent document overrides the draft', async () => {
    const ws = await createTestWorkspace('diff-first');
    const inputs = await seedProfiles(ws.id, people(3));
    const draft = valid(splitTree({ type: 'attribute', field: 'traits.age', operator: 'gte', value: 30 }, { yes: 'older', no: 'younger' }));
    const tree = await createTree(ws.id, { name: 'Ages', description: '', document: draft });
    const diff = await diffTree(ws.id, tree.id, { asOf: AS_OF });
    expect(diff.base.version).toBeNull();
    expect(diff.movement.from.map((s) => s.key)).toEqual([null]);
    expect(diff.movement.to.map((s) => s.key)).toEqual(['older', 'younger', null]);
    const consenting = inputs.length - diff.movement.excludedNoConsent;
    expect(diff.movement.counts[0].reduce((a, b) => a + b, 0)).toBe(consenting);
    expect(diff.movement.moved).toBe(consenting - diff.movement.counts[0][2]);
    expect(diff.nodes.added.map((n) => n.nodeId)).toEqual(['split', 'seg-older', 'seg-younger']);

    const other = valid(splitTree({ type: 'attribute', field: 'traits.age', operator: 'gte', value: 30 }, { yes: 'older' }));
    const sent = await diffTree(ws.id, tree.id, { asOf: AS_OF, document: other });
    expect(sent.movement.to.map((s) => s.key)).toEqual(['older', null]);
    expect(sent.movement.to[0].count).toBe(diff.movement.to[0].count);
  });
});
