import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';

// What a browser on the customer's site meets: CORS only for the workspace's site origins
// (the preflight is answered before authentication), the per-key rate limit, and the batch
// route taking its key from the body's writeKey (navigator.sendBeacon cannot set headers).
// Origins unique to this run: the known-origin lookup spans every workspace of the server.
const SITE = `https://shop-${randomUUID().slice(0, 8)}.example.com`;
const OTHER = `https://evil-${randomUUID().slice(0, 8)}.example.net`;
const PARTNER = `https://partner-${randomUUID().slice(0, 8)}.example.org`;

test.describe('evaluate from a browser', () => {
  test('CORS: preflight and response headers only for configured site origins; other origins are refused', async ({ account, request }) => {
    const api = await account.keyed(['evaluate']);
    const preflight = (origin: string, path = '/api/v1/evaluate') =>
      request.fetch(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });

    // No workspace lists the origin yet.
    let res = await preflight(SITE);
    expect(res.status()).toBe(204);
    expect(res.headers()['access-control-allow-origin']).toBeUndefined();
    const refused = await api.post('/api/v1/evaluate', { data: {}, headers: { origin: SITE } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Site origins') });

    expect((await account.session.patch('/api/v1/workspace/settings', { data: { siteOrigins: [SITE] } })).status()).toBe(200);
    res = await preflight(SITE);
    expect(res.status()).toBe(204);
    expect(res.headers()).toMatchObject({
      'access-control-allow-origin': SITE,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': expect.stringContaining('authorization'),
      'access-control-max-age': '7200',
    });
    expect(res.headers()['access-control-allow-credentials']).toBeUndefined();
    expect((await preflight(SITE, '/api/v1/batch')).headers()['access-control-allow-origin']).toBe(SITE);

    const ok = await api.post('/api/v1/evaluate', { data: {}, headers: { origin: SITE } });
    expect(ok.status(), await ok.text()).toBe(200);
    expect(ok.headers()['access-control-allow-origin']).toBe(SITE);
    expect(ok.headers()['vary']).toContain('Origin');

    // Error bodies carry the headers too, so the SDK can read them.
    const bad = await api.post('/api/v1/evaluate', { data: { asOf: 'soon' }, headers: { origin: SITE } });
    expect(bad.status()).toBe(422);
    expect(bad.headers()['access-control-allow-origin']).toBe(SITE);

    const other = await preflight(OTHER);
    expect(other.headers()['access-control-allow-origin']).toBeUndefined();
    const evil = await api.post('/api/v1/evaluate', { data: {}, headers: { origin: OTHER } });
    expect(evil.status()).toBe(403);
    expect(evil.headers()['access-control-allow-origin']).toBeUndefined();

    // Server-side callers send no Origin and are not concerned.
    expect((await api.post('/api/v1/evaluate', { data: {} })).status()).toBe(200);
  });

  test('another workspace’s origin does not open this one', async ({ account, otherAccount }) => {
    expect((await otherAccount.session.patch('/api/v1/workspace/settings', { data: { siteOrigins: [PARTNER] } })).status()).toBe(200);
    const api = await account.keyed(['evaluate']);
    const res = await api.post('/api/v1/evaluate', { data: {}, headers: { origin: PARTNER } });
    expect(res.status()).toBe(403);
  });

  test('rate limit per API key: 429 with the error body and Retry-After, other keys unaffected', async ({ account }) => {
    const api = await account.keyed(['evaluate']);
    const first = await api.post('/api/v1/evaluate', { data: {} });
    expect(first.status()).toBe(200);
    const limit = Number(first.headers()['ratelimit-limit']);
    expect(limit).toBeGreaterThan(0);
    // scripts/e2e-server.mjs sets a small burst (EVALUATE_RATE_BURST) so this test can reach it.
    expect(limit, 'the e2e server\'s burst must be small enough to exhaust').toBeLessThanOrEqual(200);
    const responses = await Promise.all(Array.from({ length: limit * 3 }, () => api.post('/api/v1/evaluate', { data: {} })));
    const limited = responses.filter((r) => r.status() === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(responses.every((r) => [200, 429].includes(r.status()))).toBe(true);
    const body = await limited[0].json();
    expect(body.error.code).toBe('rate_limited');
    expect(Number(limited[0].headers()['retry-after'])).toBeGreaterThanOrEqual(1);

    const fresh = await account.keyed(['evaluate']);
    expect((await fresh.post('/api/v1/evaluate', { data: {} })).status()).toBe(200);
  });

  test('batch: the key may come as writeKey in a text/plain body (sendBeacon), a bad one is a 401', async ({ account, request }) => {
    const key = await account.apiKey(['ingest']);
    const batch = (writeKey: string) =>
      JSON.stringify({ writeKey, batch: [{ type: 'track', event: 'beacon_sent', anonymousId: 'anon-1', messageId: `b-${writeKey.slice(-6)}` }] });
    const res = await request.post('/api/v1/batch', { data: batch(key), headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SITE } });
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).accepted).toBe(1);
    const events = await (await account.session.get('/api/v1/profiles/anon-1/events')).json();
    expect(events.events.map((e: { name: string }) => e.name)).toEqual(['beacon_sent']);

    const wrong = await request.post('/api/v1/batch', { data: batch('as_live_nope'), headers: { 'content-type': 'text/plain' } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error.code).toBe('unauthorized');
    const none = await request.post('/api/v1/batch', { data: JSON.stringify({ batch: [] }), headers: { 'content-type': 'text/plain' } });
    expect(none.status()).toBe(401);
  });
});
