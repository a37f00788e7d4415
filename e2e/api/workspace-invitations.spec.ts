import { expect, signIn, test, uniqueEmail } from '../fixtures';
import { addMember, invite } from './workspace-helpers';

test.describe('invitations API', () => {
  test('an owner creates a link shown once; the list never holds the token', async ({ account, baseURL }) => {
    const res = await account.session.post('/api/v1/workspace/invitations', { data: { role: 'viewer', email: 'Someone@Example.com ' } });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.url).toBe(`${baseURL}/invite/${body.token}`);
    expect(body.invitation).toMatchObject({ role: 'viewer', email: 'someone@example.com', acceptedAt: null });
    const days = (Date.parse(body.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const list = await account.session.get('/api/v1/workspace/invitations');
    expect(list.status()).toBe(200);
    const text = await list.text();
    expect(text).not.toContain(body.token);
    expect(text).not.toContain('tokenHash');
    expect(JSON.parse(text).invitations.map((i: { id: string }) => i.id)).toEqual([body.invitation.id]);
  });

  test('bad input is a 422 with issue paths; non-owners get 403', async ({ account, playwright, baseURL }) => {
    const bad = await account.session.post('/api/v1/workspace/invitations', { data: { role: 'superuser', email: 'nope' } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['email', 'role']);
    expect((await account.session.post('/api/v1/workspace/invitations', { data: 'role=viewer' })).status()).toBe(415);

    const editor = await addMember(playwright, baseURL!, account, 'editor');
    expect((await editor.session.post('/api/v1/workspace/invitations', { data: { role: 'owner' } })).status()).toBe(403);
    expect((await editor.session.get('/api/v1/workspace/invitations')).status()).toBe(403);
    const keyed = await account.keyed(['ingest', 'read', 'write', 'evaluate']);
    expect((await keyed.post('/api/v1/workspace/invitations', { data: { role: 'viewer' } })).status()).toBe(403);
    await editor.session.dispose();
  });

  test('a new user accepts once, with the invited role', async ({ account, playwright, baseURL }) => {
    const { token } = await invite(account, 'viewer');
    const anon = await playwright.request.newContext({ baseURL });
    const info = await anon.get(`/api/account/invitations/${token}`);
    expect(await info.json()).toMatchObject({ invitation: { workspace: { name: 'E2E workspace' }, role: 'viewer', status: 'pending', email: null } });

    const short = await anon.post(`/api/account/invitations/${token}`, { data: { mode: 'new', email: uniqueEmail(), password: 'short' } });
    expect(short.status()).toBe(422);

    const email = uniqueEmail('joiner');
    const ok = await anon.post(`/api/account/invitations/${token}`, { data: { mode: 'new', email, password: 'joiner-pass-1', name: 'Joiner' } });
    expect(ok.status()).toBe(201);
    expect((await ok.json()).membership).toMatchObject({ workspaceId: account.workspaceId, role: 'viewer', email });

    const again = await anon.post(`/api/account/invitations/${token}`, { data: { mode: 'new', email: uniqueEmail(), password: 'joiner-pass-2' } });
    expect(again.status()).toBe(409);
    expect((await (await anon.get(`/api/account/invitations/${token}`)).json()).invitation.status).toBe('accepted');

    const session = await signIn(playwright, baseURL!, email, 'joiner-pass-1');
    const settings = await (await session.get('/api/v1/workspace/settings')).json();
    expect(settings.workspace.id).toBe(account.workspaceId);
    expect((await session.get('/api/v1/workspace/invitations')).status()).toBe(403);
    await Promise.all([anon.dispose(), session.dispose()]);
  });

  test('an existing user proves their password; an email-bound invitation refuses other addresses', async ({ account, otherAccount, playwright, baseURL }) => {
    const anon = await playwright.request.newContext({ baseURL });
    const bound = await invite(account, 'editor', otherAccount.email);
    const stranger = await anon.post(`/api/account/invitations/${bound.token}`, { data: { mode: 'new', email: uniqueEmail(), password: 'stranger-pass' } });
    expect(stranger.status()).toBe(403);
    const wrong = await anon.post(`/api/account/invitations/${bound.token}`, { data: { mode: 'existing', email: otherAccount.email, password: 'wrong' } });
    expect(wrong.status()).toBe(401);
    const taken = await anon.post(`/api/account/invitations/${bound.token}`, { data: { mode: 'new', email: otherAccount.email, password: 'whatever-1' } });
    expect(taken.status()).toBe(409);
    const ok = await anon.post(`/api/account/invitations/${bound.token}`, { data: { mode: 'existing', email: otherAccount.email, password: otherAccount.password } });
    expect(ok.status()).toBe(201);

    // Signed in, a user accepts with their session; a second membership of the same workspace is refused.
    const dup = await invite(account, 'viewer');
    const asSession = await otherAccount.session.post(`/api/account/invitations/${dup.token}`, { data: { mode: 'session' } });
    expect(asSession.status()).toBe(409);
    expect((await asSession.json()).error.message).toMatch(/already a member/);
    expect((await anon.post(`/api/account/invitations/${dup.token}`, { data: { mode: 'session' } })).status()).toBe(401);
    await anon.dispose();
  });

  test('revoking kills the link; unknown tokens and other workspaces get 404', async ({ account, otherAccount, playwright, baseURL }) => {
    const { token, id } = await invite(account, 'editor');
    expect((await otherAccount.session.delete(`/api/v1/workspace/invitations/${id}`)).status()).toBe(404);
    expect((await account.session.delete(`/api/v1/workspace/invitations/${id}`)).status()).toBe(204);
    expect((await account.session.delete(`/api/v1/workspace/invitations/${id}`)).status()).toBe(404);
    const anon = await playwright.request.newContext({ baseURL });
    expect((await anon.get(`/api/account/invitations/${token}`)).status()).toBe(404);
    const res = await anon.post(`/api/account/invitations/${token}`, { data: { mode: 'new', email: uniqueEmail(), password: 'long-enough-1' } });
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    expect((await anon.get('/api/account/invitations/not-a-real-token')).status()).toBe(404);
    await anon.dispose();
  });
});
