import { expect, test, type Account } from '../fixtures';

const TRICKY = ['Ünïcode/slash', 'percent%25 and %', 'with space ', 'q?x=1#frag', 'UPPER', 'upper'];

async function ingest(account: Account) {
  const api = await account.keyed(['ingest']);
  const profiles = [
    { externalId: 'alice', traits: { email: 'alice@example.com', plan: 'pro', age: 31 }, consent: { personalization: true }, context: { country: 'FR' } },
    ...TRICKY.map((externalId) => ({ externalId, traits: { tag: externalId } })),
  ];
  let res = await api.post('/api/v1/profiles', { data: { profiles } });
  expect(res.status(), await res.text()).toBe(200);
  const events = Array.from({ length: 7 }, (_, i) => ({
    externalId: 'alice',
    event: i % 2 ? 'purchase' : 'page_view',
    timestamp: new Date(Date.UTC(2025, 5, 1, 10, i)).toISOString(),
    properties: { n: i },
    messageId: `alice-${i}`,
  }));
  res = await api.post('/api/v1/events', { data: { events } });
  expect(res.status(), await res.text()).toBe(200);
}

const path = (id: string) => `/api/v1/profiles/${encodeURIComponent(id)}`;

test.describe('profile read, export and erasure API', () => {
  test('GET returns the profile without internal ids; unknown ids are a 404 with the error body', async ({ account }) => {
    await ingest(account);
    const reader = await account.keyed(['read']);
    const res = await reader.get(path('alice'));
    expect(res.status()).toBe(200);
    const { profile } = await res.json();
    expect(profile).toMatchObject({
      externalId: 'alice', traits: { email: 'alice@example.com', plan: 'pro', age: 31 }, consent: { personalization: true }, context: { country: 'FR' }, scores: {}, eventCount: 7,
    });
    expect(profile).not.toHaveProperty('id');
    for (const key of ['firstSeenAt', 'lastSeenAt', 'createdAt', 'updatedAt']) expect(Date.parse(profile[key])).not.toBeNaN();

    const missing = await reader.get(path('nobody'));
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error).toMatchObject({ code: 'not_found' });
  });

  test('externalIds are exact: any characters round-trip through the URL and case matters', async ({ account }) => {
    await ingest(account);
    for (const id of TRICKY) {
      const res = await account.session.get(path(id));
      expect(res.status(), id).toBe(200);
      expect((await res.json()).profile.externalId).toBe(id);
    }
    expect((await account.session.get(path('Alice'))).status()).toBe(404);
    expect((await account.session.get(path('with space'))).status()).toBe(404); // not trimmed
  });

  test('the timeline pages newest first without gaps or repeats', async ({ account }) => {
    await ingest(account);
    const seen: string[] = [];
    let cursor: number | null = null;
    do {
      const res = await account.session.get(`${path('alice')}/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status()).toBe(200);
      const page: { events: { timestamp: string; name: string }[]; nextCursor: number | null } = await res.json();
      seen.push(...page.events.map((e) => e.timestamp));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect(new Set(seen).size).toBe(7);
    expect((await account.session.get(`${path('alice')}/events?limit=0`)).status()).toBe(422);
    expect((await account.session.get(`${path('nobody')}/events`)).status()).toBe(404);
  });

  test('export downloads the profile with every event', async ({ account }) => {
    await ingest(account);
    const res = await account.session.get(`${path('alice')}/export`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="profile-alice\.json"/);
    const body = await res.json();
    expect(body.profile.externalId).toBe('alice');
    expect(body.events).toHaveLength(7);
    expect(body.events[0]).toMatchObject({ name: 'page_view', properties: { n: 0 }, messageId: 'alice-0' });
    expect(body.events[0]).not.toHaveProperty('id');
    const tricky = await account.session.get(`${path('Ünïcode/slash')}/export`);
    expect((await tricky.json()).profile.externalId).toBe('Ünïcode/slash');
    expect((await account.session.get(`${path('nobody')}/export`)).status()).toBe(404);
  });

  test('DELETE needs write; it erases the profile and its events', async ({ account, playwright, baseURL }) => {
    await ingest(account);
    const reader = await account.keyed(['read', 'ingest']);
    const denied = await reader.delete(path('alice'));
    expect(denied.status()).toBe(403);
    expect((await denied.json()).error.code).toBe('forbidden');

    const writer = await account.keyed(['write']);
    expect((await writer.delete(path('alice'))).status()).toBe(204);
    expect((await account.session.get(path('alice'))).status()).toBe(404);
    expect((await account.session.get(`${path('alice')}/events`)).status()).toBe(404);
    expect((await writer.delete(path('alice'))).status()).toBe(404);
    expect((await account.session.get(path('UPPER'))).status()).toBe(200);

    // Events under the same externalId later start a fresh profile with no old history.
    const api = await account.keyed(['ingest']);
    await api.post('/api/v1/events', { data: { events: [{ externalId: 'alice', event: 'page_view' }] } });
    expect((await (await account.session.get(path('alice'))).json()).profile.eventCount).toBe(1);

    const anon = await playwright.request.newContext({ baseURL });
    expect((await anon.delete(path('UPPER'))).status()).toBe(401);
    expect((await anon.get(path('UPPER'))).status()).toBe(401);
    await anon.dispose();
  });

  test("another workspace gets 404 for this workspace's profiles and cannot erase them", async ({ account, otherAccount }) => {
    await ingest(account);
    const theirKey = await otherAccount.keyed(['read', 'write']);
    for (const ctx of [otherAccount.session, theirKey]) {
      expect((await ctx.get(path('alice'))).status()).toBe(404);
      expect((await ctx.get(`${path('alice')}/export`)).status()).toBe(404);
      expect((await ctx.get(`${path('alice')}/events`)).status()).toBe(404);
      expect((await ctx.delete(path('alice'))).status()).toBe(404);
    }
    expect((await account.session.get(path('alice'))).status()).toBe(200);
  });
});
