import { expect, it } from 'vitest';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { type EvaluationInput, type EvaluationOptions, compileTree, countTree, evaluateTree } from '@/lib/segments';
import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';
import { createTree } from '@/lib/db/queries/trees/create-tree';
import { updateTree } from '@/lib/db/queries/trees/update-tree';
import { countAudience } from './count-audience';
import { publishTree } from './publish-tree';
import { type SeedProfile, seedProfiles, splitTree } from './tests/seed';

// The facade against the core: counts over the same data must equal countTree, including
// consent, opt-in, asOf and `segment` conditions reading another published tree.
const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');
const DAY = 86_400_000;

function people(): SeedProfile[] {
  return Array.from({ length: 30 }, (_, i) => ({
    externalId: `p${i}`,
    traits: { age: 18 + ((i * 7) % 50), ...(i % 5 === 0 ? { plan: 'pro' } : {}) },
    consent: i % 6 === 0 ? { personalization: false } : i % 4 === 0 ? { personalization: true } : {},
    context: { device: i % 3 === 0 ? 'mobile' : 'desktop' },
    events: Array.from({ length: i % 4 }, (_, k) => ({ name: 'purchase', timestamp: AS_OF - (k * 5 + (i % 3)) * DAY, properties: { amount: 10 * (k + 1) } })),
  }));
}

const older = { type: 'attribute', field: 'traits.age', operator: 'gte', value: 40 };
const buyer = { type: 'event', event: 'purchase', window: { type: 'last', amount: 7, unit: 'days' }, measure: 'count', operator: 'gte', value: 1 };
const inSegment = (segment: string) => ({ type: 'segment', operator: 'in', segment });

async function expectApiError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  if (message) expect((error as ApiError).message).toMatch(message);
  return error as ApiError;
}

describeDb('countAudience', () => {
  it('equals the core countTree, honours consent, opt-in and asOf', async () => {
    const ws = await createTestWorkspace('audience');
    const inputs = await seedProfiles(ws.id, people());
    const tree = splitTree({ type: 'group', combinator: 'or', conditions: [older, buyer] }, { yes: 'target' });
    const result = await countAudience(ws.id, compileTree(tree), { asOf: AS_OF });
    expect(result.engine).toMatch(/^(index|sql)$/);
    expect(result.asOf).toBe('2024-06-15T12:00:00.000Z');
    expect(result.counts).toEqual(countTree(tree, inputs, { asOf: AS_OF }));
    expect(result.counts.excludedNoConsent).toBe(5);
    expect(result.counts.unassigned).toBeGreaterThan(0);

    // An event after asOf changes nothing at that asOf.
    await seedProfiles(ws.id, [{ externalId: 'p1', events: [{ name: 'purchase', timestamp: AS_OF + 1000 }] }]);
    expect((await countAudience(ws.id, compileTree(tree), { asOf: new Date(AS_OF) })).counts).toEqual(result.counts);

    await prisma.workspace.update({ where: { id: ws.id }, data: { requireOptIn: true } });
    const optIn = await countAudience(ws.id, compileTree(tree), { asOf: AS_OF });
    expect(optIn.counts).toEqual(countTree(tree, inputs, { asOf: AS_OF, requireOptIn: true }));
    expect(optIn.counts.excludedNoConsent).toBe(25); // opted in: i % 4 === 0 but not i % 6 === 0 (4, 8, 16, 20, 28)
  });

  it('reads segments of other published trees, and refuses unknown segments and cycles', async () => {
    const ws = await createTestWorkspace('audience-refs');
    const inputs = await seedProfiles(ws.id, people());
    const byId = new Map(inputs.map((i) => [String(i.profile.id), i]));

    const a = await createTree(ws.id, { name: 'Age', description: '', document: splitTree(older, { yes: 'older', no: 'younger' }) as never });
    const b = await createTree(ws.id, { name: 'Uses age', description: '', document: splitTree(inSegment('older'), { yes: 'b-in', no: 'b-out' }) as never });

    await expectApiError(countAudience(ws.id, compileTree(b.document), { asOf: AS_OF }), 'validation_failed', /'older', which no published tree has/);
    const v1 = await publishTree(ws.id, a.id, null);
    expect(v1.version).toBe(1);

    const reference = (options: EvaluationOptions) => ({
      ...options,
      segmentMembership: (ref: { segmentKey: string }, profile: { id: number | string }) =>
        evaluateTree(a.document, byId.get(String(profile.id)) as EvaluationInput, options).segment === ref.segmentKey,
    });
    const counted = await countAudience(ws.id, compileTree(b.document), { asOf: AS_OF });
    expect(counted.counts).toEqual(countTree(b.document, inputs, reference({ asOf: AS_OF })));
    expect(counted.counts.segments['b-in']).toBe(v1.segmentSizes.older);

    // B published; A now wants B's segment: a circle, whether counted with A's id or published.
    await publishTree(ws.id, b.id, null);
    const cyclic = splitTree(inSegment('b-in'), { yes: 'older', no: 'younger' });
    await expectApiError(countAudience(ws.id, compileTree(cyclic), { asOf: AS_OF, treeId: a.id }), 'validation_failed', /circle/);
    await updateTree(ws.id, a.id, { document: cyclic as never });
    await expectApiError(publishTree(ws.id, a.id, null), 'validation_failed', /circle.*leads back to this tree/);
    // Without the id (an unsaved draft) the published versions are read as they are.
    const unsaved = await countAudience(ws.id, compileTree(cyclic), { asOf: AS_OF });
    expect(unsaved.counts.total).toBe(30);
  });

  it('answers bad input with a 422, never a 500: an invalid document, an unusable published version', async () => {
    const ws = await createTestWorkspace('audience-422');
    const invalid = await expectApiError(countAudience(ws.id, { version: 1, nodes: [], edges: [] }, { issuePath: ['tree'] }), 'validation_failed', /needs a root/);
    expect(invalid.issues?.[0].path).toEqual(['tree']);

    // A stored version the core no longer accepts (written here by hand) names the tree to fix.
    const broken = { version: 1, nodes: [{ id: 'root', type: 'root', position: { x: 0, y: 0 } }, { id: 's', type: 'segment', position: { x: 0, y: 1 }, data: { key: 'old', name: 'Old', color: 'red' } }], edges: [] };
    const tree = await prisma.tree.create({ data: { workspaceId: ws.id, name: 'Legacy', document: broken, publishedVersion: 1 } });
    await prisma.treeVersion.create({ data: { treeId: tree.id, version: 1, document: broken } });
    await prisma.segment.create({ data: { workspaceId: ws.id, treeId: tree.id, nodeId: 's', key: 'old', name: 'Old' } });
    await expectApiError(countAudience(ws.id, splitTree(inSegment('old'), { yes: 'new' })), 'validation_failed', /Version 1 of tree 'Legacy' can no longer be evaluated/);
  });

  it('uses the index once it is built, with the same counts, and sees writes that already returned', async () => {
    const { rebuild } = await import('@/lib/audience-index/registry');
    const ws = await createTestWorkspace('audience-index');
    const profiles = people();
    const inputs = await seedProfiles(ws.id, profiles);
    const ages = splitTree(older, { yes: 'older', no: 'younger' });
    const agesTree = await createTree(ws.id, { name: 'Ages', description: '', document: ages as never });
    await publishTree(ws.id, agesTree.id, null);
    const tree = splitTree({ type: 'group', combinator: 'and', conditions: [inSegment('older'), buyer] }, { yes: 'older-buyers', no: 'rest' });
    const byId = new Map(inputs.map((i) => [String(i.profile.id), i]));
    const reference = (all: EvaluationInput[]) => countTree(tree, all, {
      asOf: AS_OF,
      segmentMembership: (ref, p) => evaluateTree(ages, byId.get(String(p.id))!, { asOf: AS_OF }).segment === ref.segmentKey,
    });

    await rebuild(ws.id);
    const counted = await countAudience(ws.id, compileTree(tree), { asOf: AS_OF });
    expect(counted.engine).toBe('index');
    expect(counted.counts).toEqual(reference(inputs));

    // A write that returned is in the next count (the index catches up before counting).
    const [late] = await seedProfiles(ws.id, [{ externalId: 'late', traits: { age: 70 }, events: [{ name: 'purchase', timestamp: AS_OF - 1000 }] }]);
    byId.set('late', late);
    const after = await countAudience(ws.id, compileTree(tree), { asOf: AS_OF });
    expect(after.engine).toBe('index');
    expect(after.counts).toEqual(reference([...inputs, late]));
    expect(after.counts.segments['older-buyers']).toBe(counted.counts.segments['older-buyers'] + 1);
  });
});
