import { evaluateTree } from '../../lib/segments';
import { type SeedProfile, demoTree, referenceInputs } from '../../lib/audience/tests/fixtures';
import { loyaltyTree, referenceTree } from '../../lib/evaluate/tests/agreement-trees';
import { expect, test } from '../fixtures';
import { createSlot, demoPeople, ingestProfiles, publishTree } from './evaluate-helpers';

// POST /api/v1/evaluate against the core: demo profiles and events go in through the ingest
// API; the expected segments come from the pure evaluator over the very same records.
const AS_OF_MS = Date.UTC(2026, 9, 1, 12);
const AS_OF = new Date(AS_OF_MS).toISOString();

/** Demo people; one of them has a first name with markup. */
function people(): SeedProfile[] {
  const list = demoPeople(40, 900, AS_OF_MS);
  list[3].traits = { ...list[3].traits, firstName: '<img src=x onerror=alert(1)>' };
  return list;
}

const buyer = { type: 'event', event: 'purchase', window: { type: 'last', amount: 30, unit: 'days' }, measure: 'count', operator: 'gte', value: 1 };

test.describe('POST /api/v1/evaluate', () => {
  test('by externalId: every published tree’s segment and path, as the core evaluates the same data', async ({ account }) => {
    const profiles = people();
    await ingestProfiles(account, profiles);
    // The second tree reads the first one's `vip` segment: evaluated after it, in the same request.
    const first = await publishTree(account, 'Reference', referenceTree());
    const second = await publishTree(account, 'Loyalty', loyaltyTree());
    const api = await account.keyed(['evaluate']);
    const seen = new Set<string | null>();
    for (const input of referenceInputs(profiles)) {
      const res = await api.post('/api/v1/evaluate', { data: { externalId: input.profile.externalId, asOf: AS_OF } });
      expect(res.status(), await res.text()).toBe(200);
      const body = await res.json();
      const expected = evaluateTree(referenceTree(), input, { asOf: AS_OF_MS });
      const inFirst = expected.segment;
      const expectedSecond = evaluateTree(loyaltyTree(), input, { asOf: AS_OF_MS, segmentMembership: (ref) => ref.segmentKey === inFirst });
      seen.add(expected.segment);
      expect(body.segments.map((s: { tree: string }) => s.tree)).toEqual([first, second]);
      expect(body.segments[0].segment, input.profile.externalId).toBe(expected.segment);
      expect(body.segments[0].path.map((s: { nodeId: string }) => s.nodeId)).toEqual(expected.path.map((s) => s.nodeId));
      expect(body.segments[1].segment, input.profile.externalId).toBe(expectedSecond.segment);
      expect(body.excludedNoConsent).toBe(expected.excludedNoConsent);
      if (expected.excludedNoConsent) expect(body.segments.every((s: { path: unknown[] }) => s.path.length === 0)).toBe(true);
      expect(body.asOf).toBe(AS_OF);
    }
    expect(seen.size, 'the sample reaches several segments').toBeGreaterThanOrEqual(3);
  });

  test('content: the segment’s variant, else the default; placeholders escaped; consent gets the default without profile data', async ({ account }) => {
    const profiles = people();
    await ingestProfiles(account, profiles);
    const treeId = await publishTree(account, 'Shoppers', demoTree(buyer));
    await createSlot(account, 'home-hero', treeId, [
      { name: 'Default', segmentKey: null, content: { headline: 'Hello {{traits.firstName | "there"}}', ctaUrl: '/shop?c={{context.country}}' } },
      { name: 'Mobile', segmentKey: 'older-mobile', content: { headline: 'On the go, {{traits.firstName}}?', layout: 'banner' } },
    ]);
    await createSlot(account, 'no-default', treeId, [{ name: 'Buyers', segmentKey: 'young-buyers', content: { headline: 'Thanks' } }]);
    const api = await account.keyed(['evaluate']);
    const evaluate = async (data: object) => {
      const res = await api.post('/api/v1/evaluate', { data: { asOf: AS_OF, ...data } });
      expect(res.status(), await res.text()).toBe(200);
      return res.json();
    };
    const inputs = referenceInputs(profiles);
    for (const input of inputs) {
      const expected = evaluateTree(demoTree(buyer), input, { asOf: AS_OF_MS }).segment;
      const body = await evaluate({ externalId: input.profile.externalId, slots: ['home-hero', 'no-default', 'nowhere'] });
      const hero = body.content['home-hero'];
      const traits = input.profile.traits as { firstName: string };
      const name = traits.firstName.replace(/</g, '&lt;').replace(/>/g, '&gt;');
      if (expected === 'older-mobile') {
        expect(hero.variant).toMatchObject({ name: 'Mobile', segmentKey: 'older-mobile' });
        expect(hero.content).toMatchObject({ headline: `On the go, ${name}?`, layout: 'banner' });
      } else {
        expect(hero.variant).toMatchObject({ name: 'Default', segmentKey: null });
        const personalised = !body.excludedNoConsent;
        expect(hero.content.headline).toBe(personalised ? `Hello ${name}` : 'Hello there');
      }
      if (expected === 'young-buyers') expect(body.content['no-default'].content.headline).toBe('Thanks');
      else expect(body.content['no-default']).toEqual({ variant: null, content: null, reason: 'no_variant' });
      expect(body.content.nowhere).toEqual({ variant: null, content: null, reason: 'unknown_slot' });
    }
    // The trait with markup arrives as text.
    const p3 = await evaluate({ externalId: profiles[3].externalId, slots: ['home-hero'] });
    expect(JSON.stringify(p3)).not.toContain('<img');
  });

  test('request context overrides the stored one key by key; anonymous and unknown visitors', async ({ account }) => {
    await ingestProfiles(account, [{ externalId: 'known', traits: { age: 40 }, context: { device: 'tv', country: 'FR' } }]);
    const treeId = await publishTree(account, 'Shoppers', demoTree(buyer));
    await createSlot(account, 'hero', treeId, [{ name: 'Default', segmentKey: null, content: { headline: '{{context.device}} in {{context.country | "?"}}, {{profile.externalId | "stranger"}}' } }]);
    const api = await account.keyed(['evaluate']);
    const evaluate = async (data: object) => (await api.post('/api/v1/evaluate', { data: { slots: ['hero'], ...data } })).json();

    let body = await evaluate({ externalId: 'known' });
    expect(body.segments[0].segment).toBe('older-other');
    expect(body.content.hero.content.headline).toBe('tv in FR, known');
    body = await evaluate({ externalId: 'known', context: { device: 'mobile', country: null } });
    expect(body.segments[0].segment).toBe('older-mobile');
    expect(body.content.hero.content.headline).toBe('mobile in FR, known');

    // Anonymous: the traits and context given.
    body = await evaluate({ traits: { age: 35 }, context: { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1' } });
    expect(body.segments[0].segment).toBe('older-mobile');
    expect(body.content.hero.content.headline).toBe('mobile in ?, stranger');
    // An unknown externalId is an anonymous visitor with no events.
    body = await evaluate({ externalId: 'never-seen', context: { device: 'tablet' } });
    expect(body.segments[0].segment).toBe(null);
    expect(body.segments[0].path.map((s: { nodeId: string }) => s.nodeId)).toEqual(['root', 'age', 'buyer']);
    expect(body.segments[0].path.at(-1)).toMatchObject({ nodeId: 'buyer', kind: 'split', label: 'Buyer', branch: 'no' });
    expect(body.content.hero.content.headline).toBe('tablet in ?, never-seen');
  });

  test('consent: an opt-in workspace personalises only profiles that opted in', async ({ account }) => {
    await ingestProfiles(account, [
      { externalId: 'in', consent: { personalization: true }, traits: { age: 40, firstName: 'Ada' }, context: { device: 'mobile' } },
      { externalId: 'unset', traits: { age: 40, firstName: 'Bob' }, context: { device: 'mobile' } },
    ]);
    const treeId = await publishTree(account, 'Shoppers', demoTree(buyer));
    await createSlot(account, 'hero', treeId, [
      { name: 'Default', segmentKey: null, content: { headline: 'Hi {{traits.firstName | "there"}}' } },
      { name: 'Mobile', segmentKey: 'older-mobile', content: { headline: 'Mobile {{traits.firstName}}' } },
    ]);
    expect((await account.session.patch('/api/v1/workspace/settings', { data: { requireOptIn: true } })).status()).toBe(200);
    const api = await account.keyed(['evaluate']);
    const evaluate = async (externalId: string) => (await api.post('/api/v1/evaluate', { data: { externalId, slots: ['hero'] } })).json();
    expect((await evaluate('in')).content.hero.content.headline).toBe('Mobile Ada');
    const unset = await evaluate('unset');
    expect(unset).toMatchObject({ excludedNoConsent: true, segments: [{ segment: null, path: [] }] });
    expect(unset.content.hero.content.headline).toBe('Hi there');
  });

  test('bad requests get the error body', async ({ account }) => {
    const api = await account.keyed(['evaluate']);
    const cases: [unknown, number, (string | number)[] | null][] = [
      [{ externalId: 'a', traits: {} }, 422, ['traits']],
      [{ asOf: '2024-06-15' }, 422, ['asOf']],
      [{ slots: ['Not A Key'] }, 422, ['slots', 0]],
      [{ slots: Array.from({ length: 21 }, (_, i) => `s${i}`) }, 422, ['slots']],
      [{ externalId: '' }, 422, ['externalId']],
      [{ context: { device: 3 } }, 422, ['context', 'device']],
      [{ unknown: 1 }, 422, []],
      [[], 422, []],
    ];
    for (const [data, status, path] of cases) {
      const res = await api.post('/api/v1/evaluate', { data });
      expect(res.status(), JSON.stringify(data)).toBe(status);
      const body = await res.json();
      expect(body.error.code).toBe('validation_failed');
      if (path) expect(body.error.issues[0].path).toEqual(path);
    }
    const malformed = await api.post('/api/v1/evaluate', { data: Buffer.from('{nope'), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe('malformed_json');
    const text = await api.post('/api/v1/evaluate', { data: 'hi', headers: { 'content-type': 'text/plain' } });
    expect(text.status()).toBe(415);
    const big = await api.post('/api/v1/evaluate', { data: { traits: { blob: 'x'.repeat(70_000) } } });
    expect(big.status()).toBe(413);
  });
  test('the production server’s lean lane answers as Next does, and a revoked key is refused at once', async ({ account, playwright, baseURL }) => {
    const profiles = people().slice(0, 5);
    await ingestProfiles(account, profiles);
    await publishTree(account, 'Reference', referenceTree());
    const key = await account.apiKey(['evaluate']);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
    const data = { externalId: profiles[0].externalId, asOf: AS_OF, context: { device: 'mobile' } };
    // With an API key the lane serves it; a signed-in user (cookies) goes through Next's routing.
    const byKey = await api.post('/api/v1/evaluate?source=lane', { data });
    const bySession = await account.session.post('/api/v1/evaluate', { data });
    expect(byKey.status(), await byKey.text()).toBe(200);
    expect(bySession.status()).toBe(200);
    expect(await byKey.json()).toEqual(await bySession.json());
    expect(byKey.headers()['content-type']).toContain('application/json');
    expect(byKey.headers()['cache-control']).toBe('no-store');
    expect(Number(byKey.headers()['ratelimit-remaining'])).toBeGreaterThan(0);
    // The key is cached for 30 s; revoking it (a Next route) must reach the lane's copy of the cache.
    const { apiKeys } = await (await account.session.get('/api/v1/workspace/api-keys')).json();
    const id = apiKeys.find((k: { prefix: string }) => key.startsWith(k.prefix)).id;
    expect((await account.session.delete(`/api/v1/workspace/api-keys/${id}`)).status()).toBe(204);
    const refused = await api.post('/api/v1/evaluate', { data });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    await api.dispose();
  });
});
