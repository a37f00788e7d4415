import { expect, test } from '../fixtures';
import { addMember } from './workspace-helpers';

test.describe('API keys API', () => {
  test('lists keys with prefix, scopes as an array and no secret', async ({ account }) => {
    const key = await account.apiKey(['ingest', 'read']);
    const res = await account.session.get('/api/v1/workspace/api-keys');
    const { apiKeys } = await res.json();
    expect(apiKeys).toHaveLength(1);
    expect(apiKeys[0]).toMatchObject({ prefix: key.slice(0, 14), scopes: ['ingest', 'read'], lastUsedAt: null, revokedAt: null });
    expect(apiKeys[0]).not.toHaveProperty('hash');
    expect(JSON.stringify(apiKeys)).not.toContain(key);
  });

  test('creating validates name and scopes', async ({ account }) => {
    const res = await account.session.post('/api/v1/workspace/api-keys', { data: { name: '', scopes: ['admin'] } });
    expect(res.status()).toBe(422);
    expect((await res.json()).error.issues.map((i: { path: (string | number)[] }) => i.path[0]).sort()).toEqual(['name', 'scopes']);
    const none = await account.session.post('/api/v1/workspace/api-keys', { data: { name: 'x', scopes: [] } });
    expect(none.status()).toBe(422);
  });

  test('revoking a key refuses it at once; revoking again is harmless', async ({ account, playwright, baseURL }) => {
    const key = await account.apiKey(['read']);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
    expect((await api.get('/api/v1/workspace/members')).status()).toBe(200);
    const list = async () => (await (await account.session.get('/api/v1/workspace/api-keys')).json()).apiKeys;
    // Last use is recorded in the background, off the request's path.
    await expect.poll(async () => (await list())[0].lastUsedAt).not.toBeNull();
    const apiKeys = await list();

    expect((await account.session.delete(`/api/v1/workspace/api-keys/${apiKeys[0].id}`)).status()).toBe(204);
    const refused = await api.get('/api/v1/workspace/members');
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    expect((await account.session.delete(`/api/v1/workspace/api-keys/${apiKeys[0].id}`)).status()).toBe(204);
    const after = await (await account.session.get('/api/v1/workspace/api-keys')).json();
    expect(after.apiKeys[0].revokedAt).not.toBeNull();
    await api.dispose();
  });

  test('only owners manage keys; keys cannot manage keys', async ({ account, playwright, baseURL }) => {
    const key = await account.apiKey(['ingest']);
    const { apiKeys } = await (await account.session.get('/api/v1/workspace/api-keys')).json();
    const editor = await addMember(playwright, baseURL!, account, 'editor');
    expect((await editor.session.get('/api/v1/workspace/api-keys')).status()).toBe(403);
    expect((await editor.session.post('/api/v1/workspace/api-keys', { data: { name: 'mine', scopes: ['ingest'] } })).status()).toBe(403);
    expect((await editor.session.delete(`/api/v1/workspace/api-keys/${apiKeys[0].id}`)).status()).toBe(403);
    const keyed = await account.keyed(['ingest', 'read', 'write', 'evaluate']);
    expect((await keyed.delete(`/api/v1/workspace/api-keys/${apiKeys[0].id}`)).status()).toBe(403);
    expect(key).toMatch(/^as_live_/);
    await editor.session.dispose();
  });

  test("another workspace cannot revoke or see this workspace's keys", async ({ account, otherAccount, playwright, baseURL }) => {
    const key = await account.apiKey(['read']);
    const { apiKeys } = await (await account.session.get('/api/v1/workspace/api-keys')).json();
    const res = await otherAccount.session.delete(`/api/v1/workspace/api-keys/${apiKeys[0].id}`);
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    expect((await (await otherAccount.session.get('/api/v1/workspace/api-keys')).json()).apiKeys).toEqual([]);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
    expect((await api.get('/api/v1/workspace/members')).status()).toBe(200);
    await api.dispose();
  });
});
