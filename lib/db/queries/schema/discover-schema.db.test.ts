import { expect, it } from 'vitest';
import { rawDb } from '@/lib/db/raw';
import { insertProfiles } from '@/lib/segments/sql/tests/test-data';
import { buildTree } from '@/lib/segments/sql/tests/trees';
import { compileTree } from '@/lib/segments';
import { createTestWorkspace, describeDb } from '@/test/db-test';
import { discoverSchema, unknownFields } from './discover-schema';

describeDb('discoverSchema (SQL)', () => {
  it('lists addressable paths with types, dates and top values, per workspace', async () => {
    const ws = (await createTestWorkspace('schema sql')).id;
    const other = (await createTestWorkspace('schema sql other')).id;
    const t = Date.parse('2024-05-01T10:00:00Z');
    await insertProfiles(rawDb(), ws, [
      { externalId: 'a', traits: { age: 31, plan: 'pro', signup: '2024-01-02', 'a-b': { 'ünï': true }, tags: ['x'], 'bad key': 1, n: null }, context: { device: 'mobile', custom: 'x' },
        events: [{ name: 'purchase', timestamp: t, properties: { amount: 10 } }] },
      { externalId: 'b', traits: { age: '31', plan: 'pro' }, context: { device: 'desktop' },
        events: [{ name: 'purchase', timestamp: t + 1, properties: { amount: '12' } }, { name: 'page_view', timestamp: t + 2, properties: { url: '/x' } }] },
      { externalId: 'c' },
    ]);
    await insertProfiles(rawDb(), other, [{ externalId: 'z', traits: { secret: 1 }, events: [{ name: 'secret_event', timestamp: t }] }]);

    const schema = await discoverSchema(ws);
    expect(schema.sampled).toEqual({ profiles: 3, events: 3 });
    expect(schema.traits.map((f) => f.path).sort()).toEqual(['traits.a-b', 'traits.a-b.ünï', 'traits.age', 'traits.plan', 'traits.signup', 'traits.tags']);
    const field = (path: string) => schema.traits.find((f) => f.path === path)!;
    expect(field('traits.age')).toMatchObject({ present: 2, types: { number: 1, string: 1 } });
    expect(field('traits.age').topValues).toEqual(expect.arrayContaining([{ value: 31, count: 1 }, { value: '31', count: 1 }]));
    expect(field('traits.signup').types).toEqual({ date: 1 });
    expect(field('traits.plan').topValues).toEqual([{ value: 'pro', count: 2 }]);
    expect(field('traits.a-b.ünï').topValues).toEqual([{ value: true, count: 1 }]);
    expect(schema.context.map((c) => c.path)).toEqual(['device']);
    expect(schema.events.map((e) => [e.name, e.sampled])).toEqual([['purchase', 2], ['page_view', 1]]);
    expect(schema.events[0].properties).toEqual([{ path: 'properties.amount', present: 2, types: { number: 1, string: 1 }, topValues: expect.arrayContaining([{ value: 10, count: 1 }, { value: '12', count: 1 }]) }]);
    expect(JSON.stringify(schema)).not.toContain('secret');

    const tree = compileTree(buildTree({ kind: 'split', condition: { type: 'group', combinator: 'and', conditions: [
      { type: 'attribute', field: 'traits.agee', operator: 'is_set' },
      { type: 'attribute', field: 'traits.age', operator: 'gt', value: 3 },
      { type: 'event', event: 'purchase', window: { type: 'ever' }, measure: 'sum', property: 'properties.amount', operator: 'gt', value: 1, where: [{ field: 'properties.currency', operator: 'eq', value: 'EUR' }] },
    ] }, yes: null, no: null })).document;
    expect(unknownFields(tree, schema)).toEqual(['traits.agee', 'purchase: properties.currency']);
  });
});
