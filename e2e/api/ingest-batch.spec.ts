import { expect, test } from '../fixtures';

// Segment's tracking-API batch, as analytics-node and analytics.js send it.
test.describe('POST /api/v1/batch', () => {
  test('takes identify, track and page messages; repeats and unsupported types are reported', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const res = await api.post('/api/v1/batch', {
      data: {
        batch: [
          { type: 'identify', userId: 'seg-1', traits: { email: 'ann@example.com', plan: 'pro' }, messageId: 'i-1', integrations: {} },
          { type: 'track', userId: 'seg-1', event: 'Order Completed', properties: { revenue: 42 }, timestamp: '2024-05-01T10:00:00.000Z', messageId: 't-1' },
          { type: 'track', userId: 'seg-1', event: 'Order Completed', messageId: 't-1' },
          { type: 'page', anonymousId: 'anon-9', name: 'Pricing', context: { page: { path: '/pricing', url: 'https://shop.test/pricing' } }, messageId: 'p-1' },
          { type: 'alias', userId: 'seg-1', previousId: 'anon-9' },
          { type: 'track', userId: 'seg-1' },
        ],
        context: { library: { name: 'analytics-node', version: '2.0.0' } },
        sentAt: '2024-05-01T10:00:01.000Z',
      },
    });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({
      accepted: 3,
      duplicates: 1,
      rejected: [
        { index: 4, code: 'unsupported_type', message: 'type "alias" is not supported; send identify, track or page' },
        { index: 5, code: 'missing_field', message: 'event is required for a track message' },
      ],
    });
  });

  test('accepts the write key as the Basic-auth user name and JSON sent as text/plain', async ({ account, playwright, baseURL }) => {
    const key = await account.apiKey(['ingest']);
    const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` } });
    const res = await ctx.post('/api/v1/batch', {
      data: JSON.stringify({ batch: [{ type: 'track', anonymousId: 'a1', event: 'Clicked', messageId: 'b-1' }] }),
      headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148 Safari/604.1' },
    });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    await ctx.dispose();
  });

  test('an unsupported message type is rejected, not an error', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const res = await api.post('/api/v1/batch', { data: { batch: [{ type: 'group', userId: 'u', groupId: 'g' }, { type: 'screen', userId: 'u' }] } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.rejected.map((r: { code: string }) => r.code)).toEqual(['unsupported_type', 'unsupported_type']);
  });

  test('envelope problems are 422, more than 1,000 messages 413, malformed text/plain 400', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const missing = await api.post('/api/v1/batch', { data: { messages: [] } });
    expect(missing.status()).toBe(422);
    expect((await missing.json()).error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([['batch'], []]);

    const many = await api.post('/api/v1/batch', { data: { batch: Array.from({ length: 1001 }, () => ({ type: 'track', userId: 'u', event: 'e' })) } });
    expect(many.status()).toBe(413);

    const malformed = await api.post('/api/v1/batch', { data: 'batch=1', headers: { 'content-type': 'text/plain' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe('malformed_json');
  });
});
