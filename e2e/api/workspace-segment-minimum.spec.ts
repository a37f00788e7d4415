import { expect, test } from '../fixtures';

// The workspace's minimum segment size (profiles and % of all), read by the editor's warning.
test.describe('workspace settings API: segment minimum', () => {
  test('defaults to 500 profiles or 1%, and changes within range', async ({ account }) => {
    const get = async () => (await (await account.session.get('/api/v1/workspace/settings')).json()).workspace;
    expect(await get()).toMatchObject({ minSegmentSize: 500, minSegmentPercent: 1 });
    const res = await account.session.patch('/api/v1/workspace/settings', { data: { minSegmentSize: 1000, minSegmentPercent: 2.5 } });
    expect(res.status(), await res.text()).toBe(200);
    expect(await get()).toMatchObject({ minSegmentSize: 1000, minSegmentPercent: 2.5 });
    expect((await account.session.patch('/api/v1/workspace/settings', { data: { minSegmentSize: 0, minSegmentPercent: 0 } })).status()).toBe(200);
    expect(await get()).toMatchObject({ minSegmentSize: 0, minSegmentPercent: 0 });

    const bad = await account.session.patch('/api/v1/workspace/settings', { data: { minSegmentSize: 1.5, minSegmentPercent: 101 } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['minSegmentPercent', 'minSegmentSize']);
    expect((await account.session.patch('/api/v1/workspace/settings', { data: { minSegmentSize: -1 } })).status()).toBe(422);
    expect((await account.session.patch('/api/v1/workspace/settings', { data: { minSegmentPercent: '5' } })).status()).toBe(422);
    expect(await get()).toMatchObject({ minSegmentSize: 0, minSegmentPercent: 0 });
  });
});
