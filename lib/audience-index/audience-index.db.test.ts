import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTree, countTree } from '@/lib/segments';
import { prisma } from '@/lib/db/client';
import { seedWorkspace } from '@/lib/db/bulk/seed-workspace';
import { databaseUrl } from '@/lib/db/url';
import { eraseProfile } from '@/lib/db/queries/profiles/erase-profile';
import { emitProfilesChanged } from '@/lib/ingest/changes';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { referenceTree } from '@/bench/preview/reference-tree';
import { getIndex, rebuild, status, whenIndexIdle } from './registry';
import { insertInputs, readInputs } from './tests/db-data';
import { AS_OF } from './tests/random-conditions';
import { randomInputs, randomTree } from './tests/random-profiles';

// The index loaded from the database (SQLite and PostgreSQL, by the db-* vitest projects)
// must count exactly what the reference counts over the same rows read back through Prisma,
// and must follow ingest, consent changes and erasure announced on lib/ingest/changes.ts.
const DEMO_AS_OF = Date.UTC(2026, 9, 1, 12);
const membership = (ref: { segmentKey: string }, profile: { id: number | string }) => ref.segmentKey === 'vip' && Number(profile.id) % 3 === 0;

async function expectSameCounts(workspaceId: string, trees: unknown[], asOfs: number[]) {
  const index = getIndex(workspaceId);
  expect(index).not.toBeNull();
  const inputs = await readInputs(workspaceId);
  for (const doc of trees) {
    const tree = compileTree(doc);
    for (const asOf of asOfs) {
      for (const requireOptIn of [false, true]) {
        const options = { asOf, requireOptIn, segmentMembership: membership };
        expect(await index!.countTree(tree, options)).toEqual(countTree(tree, inputs, options));
      }
    }
  }
  return inputs;
}

describeDb('audience index loaded from the database', () => {
  describe('demo data and nasty rows', () => {
    let workspaceId = '';
    const trees = [referenceTree(), ...fc.sample(randomTree, { seed: 7, numRuns: 40 })];
    beforeAll(async () => {
      workspaceId = (await createTestWorkspace('Audience index')).id;
      await seedWorkspace(databaseUrl(), workspaceId, { profiles: 120, events: 2400, seed: 3, asOf: DEMO_AS_OF, batchSize: 50 });
      await insertInputs(workspaceId, fc.sample(randomInputs, { seed: 11, numRuns: 4 }).flat(), 'r');
      await rebuild(workspaceId);
    }, 60_000);

    it('counts every tree exactly like the reference', async () => {
      expect(status(workspaceId)).toMatchObject({ state: 'ready', overlay: 0 });
      const inputs = await expectSameCounts(workspaceId, trees, [DEMO_AS_OF, AS_OF, AS_OF - 3 * 86_400_000]);
      expect(status(workspaceId).profiles).toBe(inputs.length);
      expect(status(workspaceId).events).toBe(inputs.reduce((n, i) => n + i.events.length, 0));
      expect(status(workspaceId).bytes).toBeGreaterThan(0);
    });

    it('evaluates single profiles like the evaluator', async () => {
      const index = getIndex(workspaceId)!;
      const inputs = await readInputs(workspaceId);
      const tree = compileTree(referenceTree());
      for (const input of inputs.slice(0, 60)) {
        expect(await index.evaluate(input.profile.externalId, tree, { asOf: DEMO_AS_OF })).toEqual(
          (await import('@/lib/segments')).evaluateTree(tree, input, { asOf: DEMO_AS_OF }),
        );
      }
    });
  });

  describe('property columns read from storage', () => {
    let workspaceId = '';
    beforeAll(async () => {
      workspaceId = (await createTestWorkspace('Audience index properties')).id;
      const at = AS_OF - 3_600_000;
      const events = [
        // Same profile, name and instant: the column must land on the right event (ties by id).
        { name: 'purchase', timestamp: at, properties: { amount: 5, category: 'shoes', meta: [5], tags: { '0': 'x' } } },
        { name: 'purchase', timestamp: at, properties: { amount: 7, category: 'hats', meta: { '0': 7 }, tags: ['x'] } },
        { name: 'purchase', timestamp: at + 1, properties: { amount: '9', category: 'shoes', nested: { deep: { value: 1.5 } } } },
        { name: 'purchase', timestamp: at + 2, properties: { amount: 0.1, category: 'Shoes', 'ключ': 'значение' } },
      ];
      await insertInputs(workspaceId, [{ profile: { id: 1, externalId: 'p' }, events }, { profile: { id: 2, externalId: 'q' }, events: events.slice(1) }], 'p');
      await rebuild(workspaceId);
    });

    const purchase = (where: unknown[], measure = 'count', operator = 'gte', value: unknown = 1) => ({
      version: 1,
      nodes: [{ id: 'r', type: 'root', position: { x: 0, y: 0 } }, { id: 's', type: 'split', position: { x: 0, y: 0 }, data: { condition: { type: 'event', event: 'purchase', where, window: { type: 'ever' }, ...(measure === 'count' ? {} : { property: 'properties.amount' }), measure, operator, value } } }],
      edges: [{ source: 'r', target: 's', branch: 'all' }],
    });
    it('never index arrays, keep types, and keep ties in storage order', async () => {
      await expectSameCounts(workspaceId, [
        purchase([{ field: 'properties.meta.0', operator: 'is_set' }]),
        purchase([{ field: 'properties.tags.0', operator: 'eq', value: 'x' }]),
        purchase([{ field: 'properties.tags', operator: 'includes', value: 'x' }]),
        purchase([{ field: 'properties.category', operator: 'eq', value: 'shoes' }], 'sum', 'eq', 5),
        purchase([{ field: 'properties.category', operator: 'contains', value: 'shoe' }], 'sum', 'eq', 5.1),
        purchase([{ field: 'properties.nested.deep.value', operator: 'gt', value: 1 }]),
        purchase([{ field: 'properties.ключ', operator: 'is_set' }]),
        purchase([], 'avg', 'gt', 4),
      ], [AS_OF]);
    });
  });

  describe('following changes', () => {
    let workspaceId = '';
    beforeAll(async () => {
      workspaceId = (await createTestWorkspace('Audience index changes')).id;
      await insertInputs(workspaceId, fc.sample(randomInputs, { seed: 5, numRuns: 2 }).flat(), 'c');
      await rebuild(workspaceId);
    }, 60_000);

    const trees = fc.sample(randomTree, { seed: 9, numRuns: 25 });
    const check = () => expectSameCounts(workspaceId, trees, [AS_OF]);

    it('takes in new events, new profiles and consent changes once announced', async () => {
      const before = await readInputs(workspaceId);
      const target = before[0];
      await prisma.event.create({ data: { workspaceId, profileId: target.profile.id as number, name: 'purchase', timestamp: new Date(AS_OF - 1000), properties: { amount: 19.99, category: 'shoes' } } });
      await prisma.profile.update({ where: { id: before[1].profile.id as number }, data: { consent: { personalization: false }, traits: { age: 33, city: 'Paris' } } });
      const [created] = await insertInputs(workspaceId, fc.sample(randomInputs, { seed: 6, numRuns: 1 }).flat().slice(0, 1), 'n');
      emitProfilesChanged({ workspaceId, profileIds: [target.profile.id as number, before[1].profile.id as number, ...(created ? [created] : [])] });
      await whenIndexIdle(workspaceId);
      expect(status(workspaceId).overlay).toBeGreaterThanOrEqual(2);
      await check();
    });

    it('drops erased profiles at once', async () => {
      const inputs = await readInputs(workspaceId);
      const erased = await eraseProfile(workspaceId, inputs[2].profile.externalId);
      emitProfilesChanged({ workspaceId, profileIds: [], erasedProfileIds: [erased!] });
      expect(await getIndex(workspaceId)!.input(inputs[2].profile.externalId)).toBeNull();
      await check();
    });

    it('notices rows that changed unannounced when it loads a property column, and re-reads them', async () => {
      const index = getIndex(workspaceId)!;
      const inputs = await readInputs(workspaceId);
      const quiet = inputs.find((i) => !index.inOverlay(i.profile.id as number))!;
      await prisma.event.create({ data: { workspaceId, profileId: quiet.profile.id as number, name: 'page_view', timestamp: new Date(AS_OF - 5000), properties: { probe: 'x' } } });
      // A property nobody asked for yet, so it is read now, after the unannounced insert.
      await index.countTree(
        { version: 1, nodes: [{ id: 'r', type: 'root', position: { x: 0, y: 0 } }, { id: 's', type: 'split', position: { x: 0, y: 0 }, data: { condition: { type: 'event', event: 'page_view', where: [{ field: 'properties.probe', operator: 'is_set' }], window: { type: 'ever' }, measure: 'count', operator: 'gte', value: 1 } } }], edges: [{ source: 'r', target: 's', branch: 'all' }] },
        { asOf: AS_OF },
      );
      await whenIndexIdle(workspaceId);
      expect(index.inOverlay(quiet.profile.id as number)).toBe(true);
      await check();
    });
  });
});
