import { splitTree } from '../../lib/audience/tests/fixtures';
import { expect, test } from '../fixtures';

// Versions one by one, restore (the draft only; versions are immutable), duplicate, and what
// the list says about each tree.
const gte = (value: number) => ({ type: 'attribute', field: 'traits.age', operator: 'gte', value });

test.describe('trees API: versions, restore, duplicate, list', () => {
  test('restore makes the draft a copy of a version and leaves the versions alone', async ({ account }) => {
    const api = account.session; // a user: versions record who published
    const v1doc = splitTree(gte(30), { yes: 'older', no: 'younger' });
    const { tree } = await (await api.post('/api/v1/trees', { data: { name: 'Ages', document: v1doc } })).json();
    expect((await api.post(`/api/v1/trees/${tree.id}/publish`)).status()).toBe(201);
    const v2doc = splitTree(gte(50), { yes: 'older', no: 'younger' });
    await api.put(`/api/v1/trees/${tree.id}`, { data: { document: v2doc } });
    expect((await api.post(`/api/v1/trees/${tree.id}/publish`)).status()).toBe(201);

    const one = await api.get(`/api/v1/trees/${tree.id}/versions/1`);
    expect(one.status()).toBe(200);
    const { version } = await one.json();
    expect(version).toMatchObject({ version: 1, document: v1doc, publishedBy: { email: account.email } });

    const listed = (await (await api.get('/api/v1/trees')).json()).trees[0];
    expect(listed).toMatchObject({ id: tree.id, status: 'published', publishedVersion: 2, unpublishedChanges: false, publishedBy: { email: account.email } });
    expect(listed.segments.map((s: { key: string }) => s.key)).toEqual(['older', 'younger']);

    const restored = await api.post(`/api/v1/trees/${tree.id}/versions/1/restore`);
    expect(restored.status(), await restored.text()).toBe(200);
    expect((await restored.json()).tree).toMatchObject({ document: v1doc, publishedVersion: 2, unpublishedChanges: true });
    expect((await (await api.get(`/api/v1/trees/${tree.id}`)).json()).tree.document).toEqual(v1doc);
    const { versions } = await (await api.get(`/api/v1/trees/${tree.id}/versions`)).json();
    expect(versions.map((v: { version: number; document: unknown }) => [v.version, v.document])).toEqual([[2, v2doc], [1, v1doc]]);
    expect((await (await api.get('/api/v1/trees')).json()).trees[0].unpublishedChanges).toBe(true);

    // Moving a node on the canvas is not a change to publish.
    const moved = { ...v2doc, nodes: v2doc.nodes.map((n) => ({ ...(n as object), position: { x: 7, y: 7 } })) };
    await api.put(`/api/v1/trees/${tree.id}`, { data: { document: moved } });
    expect((await (await api.get('/api/v1/trees')).json()).trees[0].unpublishedChanges).toBe(false);

    for (const bad of ['3', '0', 'abc', '1.5']) {
      expect((await api.get(`/api/v1/trees/${tree.id}/versions/${bad}`)).status(), bad).toBe(404);
      expect((await api.post(`/api/v1/trees/${tree.id}/versions/${bad}/restore`)).status(), bad).toBe(404);
    }
    const reader = await account.keyed(['read']);
    expect((await reader.post(`/api/v1/trees/${tree.id}/versions/1/restore`)).status()).toBe(403);
  });

  test('duplicate copies the draft with free segment keys, named "(copy)" unless named', async ({ account }) => {
    const api = await account.keyed(['read', 'write']);
    const doc = splitTree(gte(30), { yes: 'older', no: 'younger' });
    const { tree } = await (await api.post('/api/v1/trees', { data: { name: 'Ages', description: 'By age', document: doc } })).json();

    const res = await api.post(`/api/v1/trees/${tree.id}/duplicate`);
    expect(res.status(), await res.text()).toBe(201);
    const copy = (await res.json()).tree;
    expect(copy).toMatchObject({ name: 'Ages (copy)', description: 'By age', status: 'draft' });
    expect(copy.id).not.toBe(tree.id);
    const keys = (d: { nodes: { type: string; data: { key: string } }[] }) => d.nodes.filter((n) => n.type === 'segment').map((n) => n.data.key);
    expect(keys(copy.document)).toEqual(['older-2', 'younger-2']);

    const named = await api.post(`/api/v1/trees/${tree.id}/duplicate`, { data: { name: 'Ages B' } });
    expect((await named.json()).tree).toMatchObject({ name: 'Ages B' });
    expect(keys((await (await api.get(`/api/v1/trees/${copy.id}`)).json()).tree.document)).toEqual(['older-2', 'younger-2']);
    expect((await api.post(`/api/v1/trees/${tree.id}/duplicate`, { data: { name: '' } })).status()).toBe(422);
    expect((await api.post(`/api/v1/trees/${tree.id}/duplicate`, { data: { other: 1 } })).status()).toBe(422);
    expect((await api.post('/api/v1/trees/no-such-tree/duplicate')).status()).toBe(404);
    expect((await (await api.get('/api/v1/trees')).json()).trees).toHaveLength(3);
  });
});
