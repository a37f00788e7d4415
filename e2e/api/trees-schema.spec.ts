import { expect, test } from '../fixtures';

// GET /api/v1/schema: what the editor's pickers offer, from this workspace's data only.
test('GET /api/v1/schema lists traits, context and events with types and top values', async ({ account, otherAccount }) => {
  const ingest = await account.keyed(['ingest']);
  await ingest.post('/api/v1/profiles', {
    data: { profiles: [
      { externalId: 'a', traits: { age: 31, plan: 'pro', address: { city: 'Lyon' } }, context: { device: 'mobile' } },
      { externalId: 'b', traits: { age: '40', plan: 'pro' }, context: { device: 'desktop' } },
    ] },
  });
  await ingest.post('/api/v1/events', {
    data: { events: [
      { externalId: 'a', event: 'purchase', timestamp: '2024-05-01T10:00:00Z', properties: { amount: 19.99, currency: 'EUR' } },
      { externalId: 'b', event: 'purchase', timestamp: '2024-05-02T10:00:00Z', properties: { amount: 5 } },
      { externalId: 'b', event: 'page_view', timestamp: '2024-05-03T10:00:00Z', properties: { url: '/home' } },
    ] },
  });

  const res = await (await account.keyed(['read'])).get('/api/v1/schema');
  expect(res.status()).toBe(200);
  const schema = await res.json();
  expect(schema).toMatchObject({ sampled: { profiles: 2, events: 3 } });
  const trait = (path: string) => schema.traits.find((t: { path: string }) => t.path === path);
  expect(trait('traits.age')).toMatchObject({ present: 2, types: { number: 1, string: 1 } });
  expect(trait('traits.plan').topValues).toEqual([{ value: 'pro', count: 2 }]);
  expect(trait('traits.address.city').types).toEqual({ string: 1 });
  expect(schema.context[0]).toMatchObject({ path: 'device', present: 2 });
  expect(schema.events.map((e: { name: string; sampled: number }) => [e.name, e.sampled])).toEqual([['purchase', 2], ['page_view', 1]]);
  expect(schema.events[0].properties.map((p: { path: string }) => p.path).sort()).toEqual(['properties.amount', 'properties.currency']);

  const theirs = await (await otherAccount.keyed(['read'])).get('/api/v1/schema');
  expect(await theirs.json()).toMatchObject({ sampled: { profiles: 0, events: 0 }, traits: [], context: [], events: [] });
  expect((await ingest.get('/api/v1/schema')).status()).toBe(403);
});
