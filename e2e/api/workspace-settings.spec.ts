import { expect, test } from '../fixtures';
import { addMember } from './workspace-helpers';

test.describe('workspace settings API', () => {
  test('reads the defaults and changes every setting', async ({ account }) => {
    const res = await account.session.get('/api/v1/workspace/settings');
    expect(res.status()).toBe(200);
    expect((await res.json()).workspace).toMatchObject({ id: account.workspaceId, name: 'E2E workspace', requireOptIn: false, timezone: 'UTC', siteOrigins: [] });

    const patch = await account.session.patch('/api/v1/workspace/settings', {
      data: { name: '  Renamed  ', requireOptIn: true, timezone: 'Europe/Paris', siteOrigins: ['https://www.example.com/', 'http://localhost:8080'] },
    });
    expect(patch.status()).toBe(200);
    const expected = { name: 'Renamed', requireOptIn: true, timezone: 'Europe/Paris', siteOrigins: ['https://www.example.com', 'http://localhost:8080'] };
    expect((await patch.json()).workspace).toMatchObject(expected);
    expect((await (await account.session.get('/api/v1/workspace/settings')).json()).workspace).toMatchObject(expected);

    // A partial update leaves the rest alone.
    await account.session.patch('/api/v1/workspace/settings', { data: { requireOptIn: false } });
    expect((await (await account.session.get('/api/v1/workspace/settings')).json()).workspace).toMatchObject({ ...expected, requireOptIn: false });
  });

  test('invalid values are a 422 naming each field', async ({ account }) => {
    const res = await account.session.patch('/api/v1/workspace/settings', {
      data: { name: '', timezone: 'Mars/Olympus_Mons', siteOrigins: ['https://example.com/path', 'ftp://x'], requireOptIn: 'yes' },
    });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect([...new Set(error.issues.map((i: { path: (string | number)[] }) => i.path[0]))].sort()).toEqual(['name', 'requireOptIn', 'siteOrigins', 'timezone']);
    expect((await account.session.patch('/api/v1/workspace/settings', { data: {} })).status()).toBe(422);
    expect((await account.session.patch('/api/v1/workspace/settings', { data: Buffer.from('nope'), headers: { 'content-type': 'application/json' } })).status()).toBe(400);
  });

  test('every member reads the settings; only owners change them', async ({ account, playwright, baseURL }) => {
    const viewer = await addMember(playwright, baseURL!, account, 'viewer');
    const editor = await addMember(playwright, baseURL!, account, 'editor');
    expect((await viewer.session.get('/api/v1/workspace/settings')).status()).toBe(200);
    for (const who of [viewer, editor]) {
      const res = await who.session.patch('/api/v1/workspace/settings', { data: { name: 'Hijacked' } });
      expect(res.status()).toBe(403);
    }
    const keyed = await account.keyed(['read', 'write']);
    expect((await keyed.get('/api/v1/workspace/settings')).status()).toBe(200);
    expect((await keyed.patch('/api/v1/workspace/settings', { data: { name: 'Hijacked' } })).status()).toBe(403);
    expect((await (await account.session.get('/api/v1/workspace/settings')).json()).workspace.name).toBe('E2E workspace');
    await Promise.all([viewer.session.dispose(), editor.session.dispose()]);
  });

  test('each account changes only its own workspace', async ({ account, otherAccount }) => {
    await otherAccount.session.patch('/api/v1/workspace/settings', { data: { name: 'Other name', timezone: 'Asia/Tokyo' } });
    const mine = (await (await account.session.get('/api/v1/workspace/settings')).json()).workspace;
    expect(mine).toMatchObject({ id: account.workspaceId, name: 'E2E workspace', timezone: 'UTC' });
  });
});
