import { expect, test } from '../fixtures';

test.describe('POST /api/v1/profiles', () => {
  test('upserts profiles and rejects bad records one by one with reasons', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const res = await api.post('/api/v1/profiles', {
      data: {
        profiles: [
          { externalId: 'u1', traits: { age: 31, address: { city: 'Paris' } }, consent: { marketing: false }, context: { country: 'FR', userAgent: 'Mozilla/5.0' } },
          { externalId: 42 },
          { externalId: 'u2', traits: [1, 2] },
          { externalId: 'u3', consent: { marketing: 'yes' } },
          { externalId: 'u4', email: 'x@y.z' },
          { externalId: 'u5', traits: { bio: 'x'.repeat(1024 * 1024) } },
          { externalId: 'u1', traits: { plan: 'pro' } },
          'not a record',
        ],
      },
    });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({
      accepted: 2,
      rejected: [
        { index: 1, code: 'invalid_type', message: 'externalId: expected string, got number' },
        { index: 2, code: 'invalid_type', message: 'traits: must be a JSON object' },
        { index: 3, code: 'invalid_type', message: 'consent.marketing: must be true or false' },
        { index: 4, code: 'unknown_field', message: 'unknown field: "email"' },
        { index: 5, code: 'value_too_long', message: 'traits.bio: a string of 1048576 characters is longer than 8192' },
        { index: 7, code: 'invalid_record', message: 'the record must be a JSON object' },
      ],
    });
  });

  test('an empty list is fine', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const res = await api.post('/api/v1/profiles', { data: { profiles: [] } });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ accepted: 0, rejected: [] });
  });

  test('a bad envelope is a 422 with issue paths', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const cases: [unknown, (string | number)[]][] = [
      [[{ externalId: 'u1' }], []],
      [{}, ['profiles']],
      [{ profiles: { externalId: 'u1' } }, ['profiles']],
      [{ profiles: [], workspaceId: 'someone-else' }, []],
    ];
    for (const [body, path] of cases) {
      const res = await api.post('/api/v1/profiles', { data: body });
      expect(res.status(), JSON.stringify(body)).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe('validation_failed');
      expect(error.issues[0].path).toEqual(path);
    }
  });

  test('more than 1,000 profiles is a 413', async ({ account }) => {
    const api = await account.keyed(['ingest']);
    const profiles = Array.from({ length: 1001 }, (_, i) => ({ externalId: `u${i}` }));
    const res = await api.post('/api/v1/profiles', { data: { profiles } });
    expect(res.status()).toBe(413);
    expect((await res.json()).error).toEqual({ code: 'payload_too_large', message: expect.stringContaining('at most 1000 profiles') });
    const ok = await api.post('/api/v1/profiles', { data: { profiles: profiles.slice(0, 1000) } });
    expect(await ok.json()).toEqual({ accepted: 1000, rejected: [] });
  });
});
