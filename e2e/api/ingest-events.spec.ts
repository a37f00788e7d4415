import { expect, test } from '../fixtures';

test.describe('POST /api/v1/events', () => {
  test('stores events, counting a repeated messageId once, across and within batches', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const first = await api.post('/api/v1/events', {
      data: {
        events: [
          { externalId: 'new-user', event: 'purchase', timestamp: '2024-05-01T10:00:00.123+02:00', properties: { amount: 19.99 }, messageId: 'm-1' },
          { externalId: 'new-user', event: 'purchase', messageId: 'm-1' },
          { externalId: 'new-user', event: 'page_view' },
          { externalId: 'new-user', event: 'page_view' },
        ],
      },
    });
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ accepted: 3, duplicates: 1, rejected: [] });
    const again = await api.post('/api/v1/events', {
      data: { events: [{ externalId: 'other', event: 'purchase', messageId: 'm-1' }, { externalId: 'new-user', event: 'page_view' }] },
    });
    expect(await again.json()).toEqual({ accepted: 1, duplicates: 1, rejected: [] });
  });

  test('rejects bad records with a reason and keeps the rest', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const res = await api.post('/api/v1/events', {
      data: {
        events: [
          { externalId: 'u1', event: 'ok', context: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0 Safari/537.36', ip: '8.8.8.8' } },
          { externalId: 'u1', event: 'local', timestamp: '2024-05-01T10:00:00' },
          { externalId: 'u1', event: 'day', timestamp: '2024-05-01' },
          { externalId: 'u1', event: 'typed', timestamp: 1714557600000 },
          { externalId: 'u1', event: 'extra', userId: 'u1' },
          { externalId: 'u1' },
          { externalId: 'u1', event: 'huge', properties: { blob: 'x'.repeat(1024 * 1024) } },
          { externalId: 'u1', event: 'ok too', messageId: 'fine' },
        ],
      },
    });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.accepted).toBe(2);
    expect(body.duplicates).toBe(0);
    expect(body.rejected).toEqual([
      { index: 1, code: 'invalid_timestamp', message: expect.stringMatching(/^timestamp: .*has no time zone offset/) },
      { index: 2, code: 'invalid_timestamp', message: expect.stringMatching(/^timestamp: .*date without a time/) },
      { index: 3, code: 'invalid_type', message: 'timestamp: must be an ISO-8601 string' },
      { index: 4, code: 'unknown_field', message: 'unknown field: "userId"' },
      { index: 5, code: 'missing_field', message: 'event is required' },
      { index: 6, code: 'value_too_long', message: expect.stringContaining('properties.blob') },
    ]);
  });

  test('more than 1,000 events is a 413; an oversized body is a 413', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const events = Array.from({ length: 1001 }, (_, i) => ({ externalId: `u${i}`, event: 'e' }));
    const many = await api.post('/api/v1/events', { data: { events } });
    expect(many.status()).toBe(413);
    expect((await many.json()).error.code).toBe('payload_too_large');

    const big = await api.post('/api/v1/events', { data: { events: [{ externalId: 'u', event: 'e', properties: { s: 'x'.repeat(6 * 1024 * 1024) } }] } });
    expect(big.status()).toBe(413);
    expect((await big.json()).error).toEqual({ code: 'payload_too_large', message: 'The request body is larger than 5 MB.' });
  });

  test('malformed JSON is a 400, another content type a 415, a bad envelope a 422', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    // A Buffer goes out byte for byte (Playwright would JSON-encode a string).
    const malformed = await api.post('/api/v1/events', { data: Buffer.from('{"events": ['), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'malformed_json', message: 'The request body is not valid JSON.' } });

    const form = await api.post('/api/v1/events', { form: { events: 'x' } });
    expect(form.status()).toBe(415);
    expect((await form.json()).error.code).toBe('unsupported_media_type');

    const envelope = await api.post('/api/v1/events', { data: { events: 'nope', extra: 1 } });
    expect(envelope.status()).toBe(422);
    const { error } = await envelope.json();
    expect(error.issues.map((i: { path: unknown[]; code: string }) => [i.path, i.code])).toEqual([
      [['events'], 'invalid_type'],
      [[], 'unrecognized_keys'],
    ]);
  });
});
