import { expect, test } from '../fixtures';
import { addMember, ownMembershipId } from './workspace-helpers';

test.describe('members API', () => {
  test('lists members with roles; every role and a read key may look', async ({ account, playwright, baseURL }) => {
    const viewer = await addMember(playwright, baseURL!, account, 'viewer');
    const res = await account.session.get('/api/v1/workspace/members');
    expect(res.status()).toBe(200);
    const { members } = await res.json();
    expect(members.map((m: { user: { email: string }; role: string }) => [m.user.email, m.role])).toEqual([
      [account.email, 'owner'],
      [viewer.email, 'viewer'],
    ]);
    expect(JSON.stringify(members)).not.toContain('passwordHash');
    expect((await viewer.session.get('/api/v1/workspace/members')).status()).toBe(200);
    const reader = await account.keyed(['read']);
    expect((await reader.get('/api/v1/workspace/members')).status()).toBe(200);
    const ingestOnly = await account.keyed(['ingest']);
    expect((await ingestOnly.get('/api/v1/workspace/members')).status()).toBe(403);
    await viewer.session.dispose();
  });

  test('an owner changes roles; editors, viewers and keys cannot', async ({ account, playwright, baseURL }) => {
    const editor = await addMember(playwright, baseURL!, account, 'editor');
    const viewer = await addMember(playwright, baseURL!, account, 'viewer');
    const path = `/api/v1/workspace/members/${viewer.membershipId}`;

    for (const ctx of [editor.session, viewer.session, await account.keyed(['ingest', 'read', 'write', 'evaluate'])]) {
      const denied = await ctx.patch(path, { data: { role: 'owner' } });
      expect(denied.status()).toBe(403);
      expect((await denied.json()).error.code).toBe('forbidden');
    }
    const ok = await account.session.patch(path, { data: { role: 'editor' } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).member).toMatchObject({ id: viewer.membershipId, role: 'editor', user: { email: viewer.email } });

    const bad = await account.session.patch(path, { data: { role: 'admin' } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.issues[0].path).toEqual(['role']);
    expect((await account.session.patch(path, { data: Buffer.from('{'), headers: { 'content-type': 'application/json' } })).status()).toBe(400);
    expect((await account.session.patch('/api/v1/workspace/members/nope', { data: { role: 'viewer' } })).status()).toBe(404);
    await Promise.all([editor.session.dispose(), viewer.session.dispose()]);
  });

  test('the last owner can be neither demoted nor removed; with a second owner both work', async ({ account, playwright, baseURL }) => {
    const me = await ownMembershipId(account);
    const demote = await account.session.patch(`/api/v1/workspace/members/${me}`, { data: { role: 'editor' } });
    expect(demote.status()).toBe(409);
    expect((await demote.json()).error.message).toMatch(/at least one owner/);
    expect((await account.session.delete(`/api/v1/workspace/members/${me}`)).status()).toBe(409);

    const other = await addMember(playwright, baseURL!, account, 'editor');
    expect((await account.session.patch(`/api/v1/workspace/members/${other.membershipId}`, { data: { role: 'owner' } })).status()).toBe(200);
    // Now the other owner may demote the first, who then lost admin rights.
    expect((await other.session.patch(`/api/v1/workspace/members/${me}`, { data: { role: 'viewer' } })).status()).toBe(200);
    expect((await account.session.get('/api/v1/workspace/api-keys')).status()).toBe(403);
    const lastOwner = await other.session.delete(`/api/v1/workspace/members/${other.membershipId}`);
    expect(lastOwner.status()).toBe(409);
    await other.session.dispose();
  });

  test('removing a member ends their access to the workspace', async ({ account, playwright, baseURL }) => {
    const editor = await addMember(playwright, baseURL!, account, 'editor');
    expect((await editor.session.get('/api/v1/workspace/settings')).status()).toBe(200);
    expect((await account.session.delete(`/api/v1/workspace/members/${editor.membershipId}`)).status()).toBe(204);
    // Member of nothing now: the session no longer names a workspace.
    expect((await editor.session.get('/api/v1/workspace/settings')).status()).toBe(401);
    expect((await account.session.delete(`/api/v1/workspace/members/${editor.membershipId}`)).status()).toBe(404);
    await editor.session.dispose();
  });

  test('another workspace cannot see or touch these members', async ({ account, otherAccount, playwright, baseURL }) => {
    const viewer = await addMember(playwright, baseURL!, account, 'viewer');
    const theirs = await (await otherAccount.session.get('/api/v1/workspace/members')).json();
    expect(theirs.members.map((m: { user: { email: string } }) => m.user.email)).toEqual([otherAccount.email]);
    const patch = await otherAccount.session.patch(`/api/v1/workspace/members/${viewer.membershipId}`, { data: { role: 'owner' } });
    expect(patch.status()).toBe(404);
    expect((await otherAccount.session.delete(`/api/v1/workspace/members/${viewer.membershipId}`)).status()).toBe(404);
    const ours = await (await account.session.get('/api/v1/workspace/members')).json();
    expect(ours.members.find((m: { id: string }) => m.id === viewer.membershipId).role).toBe('viewer');
    await viewer.session.dispose();
  });

  test('no credentials is a 401 with the error body', async ({ request }) => {
    const res = await request.get('/api/v1/workspace/members');
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });
});
