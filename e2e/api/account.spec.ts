import { expect, signUp, test, uniqueEmail } from '../fixtures';

test.describe('sign-up and API keys', () => {
  test('sign-up creates an owner who can mint an API key shown once', async ({ account }) => {
    const res = await account.session.post('/api/v1/workspace/api-keys', { data: { name: 'CI', scopes: ['ingest'] } });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.key).toMatch(/^as_live_/);
    const list = await (await account.session.get('/api/v1/workspace/api-keys')).json();
    expect(list.apiKeys.map((k: { name: string }) => k.name)).toContain('CI');
    expect(JSON.stringify(list)).not.toContain(body.key);
  });

  test('a second sign-up with the same email is a 409 with the error body', async ({ request, account }) => {
    const res = await request.post('/api/account/sign-up', { data: { email: account.email, password: 'another-pass', workspaceName: 'X' } });
    expect(res.status()).toBe(409);
    expect((await res.json()).error.code).toBe('conflict');
  });

  test('bad sign-up input is a 422 with issue paths', async ({ request }) => {
    const res = await request.post('/api/account/sign-up', { data: { email: 'not-an-email', password: 'short', workspaceName: '' } });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['email', 'password', 'workspaceName']);
  });

  test('no credentials is a 401; an API key cannot manage keys (403)', async ({ request, account }) => {
    expect((await request.get('/api/v1/workspace/api-keys')).status()).toBe(401);
    const keyed = await account.keyed(['ingest', 'read', 'write', 'evaluate']);
    const res = await keyed.get('/api/v1/workspace/api-keys');
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  test('a bogus API key is a 401', async ({ playwright, baseURL }) => {
    const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: 'Bearer as_live_nope' } });
    const res = await ctx.get('/api/v1/workspace/api-keys');
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
    await ctx.dispose();
  });

  test('signUp helper rejects duplicates consistently', async ({ request }) => {
    const email = uniqueEmail();
    await signUp(request, email, 'password-1');
    const again = await request.post('/api/account/sign-up', { data: { email, password: 'password-1', workspaceName: 'W' } });
    expect(again.status()).toBe(409);
  });
});
