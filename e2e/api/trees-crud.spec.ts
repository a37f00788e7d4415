import { splitTree } from '../../lib/audience/tests/fixtures';
import { expect, test } from '../fixtures';

// Trees as drafts: create (default root only), read, save with validation, delete.
const age = { type: 'attribute', field: 'traits.age', operator: 'gte', value: 30 };

test.describe('trees API: drafts', () => {
  test('POST creates a root-only tree by default; GET lists and reads it', async ({ account }) => {
    const writer = await account.keyed(['write']);
    const created = await writer.post('/api/v1/trees', { data: {} });
    expect(created.status(), await created.text()).toBe(201);
    const { tree } = await created.json();
    expect(tree).toMatchObject({ name: 'Untitled tree', description: '', status: 'draft', publishedVersion: null, publishedAt: null, segmentSizes: null });
    expect(tree.document).toEqual({ version: 1, nodes: [{ id: 'root', type: 'root', position: { x: 0, y: 0 }, data: { label: 'Everyone' } }], edges: [] });
    expect(tree.warnings.map((w: { message: string }) => w.message)).toEqual(['The tree has no segments yet.', 'The root has no connection, so every profile stays unassigned.']);

    const named = await writer.post('/api/v1/trees', { data: { name: ' Ages ', description: 'by age', document: splitTree(age, { yes: 'older', no: 'younger' }) } });
    expect(named.status()).toBe(201);
    const agesId = (await named.json()).tree.id;

    const reader = await account.keyed(['read']);
    const list = await (await reader.get('/api/v1/trees')).json();
    expect(list.trees.map((t: { name: string }) => t.name).sort()).toEqual(['Ages', 'Untitled tree']);
    expect(list.trees[0]).not.toHaveProperty('document');
    const one = await reader.get(`/api/v1/trees/${agesId}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).tree).toMatchObject({ id: agesId, name: 'Ages', description: 'by age', status: 'draft', warnings: [] });
    expect((await reader.get('/api/v1/trees/nope')).status()).toBe(404);
  });

  test('canvas extras are stripped on save; an invalid document or envelope is a 422', async ({ account }) => {
    const api = account.session;
    const doc = splitTree(age, { yes: 'older' }) as { nodes: Record<string, unknown>[] };
    doc.nodes[0].selected = true;
    doc.nodes[0].measured = { width: 10, height: 10 };
    const created = await api.post('/api/v1/trees', { data: { name: 'T', document: doc } });
    expect(created.status(), await created.text()).toBe(201);
    const { tree } = await created.json();
    expect(tree.document.nodes[0]).toEqual({ id: 'root', type: 'root', position: { x: 0, y: 0 }, data: { label: 'Everyone' } });
    expect(tree.warnings).toEqual([expect.objectContaining({ nodeId: 'split', message: "Split 'Test' has no 'no' branch — its profiles stay unassigned." })]);

    const bad = await api.post('/api/v1/trees', { data: { name: 'Bad', document: { version: 2, nodes: [], edges: [] } } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.issues).toEqual([expect.objectContaining({ path: ['document', 'version'], message: 'Only tree documents of version 1 are supported.' })]);
    expect((await api.post('/api/v1/trees', { data: { name: '', document: doc } })).status()).toBe(422);
    expect((await api.post('/api/v1/trees', { data: { name: 'x', extra: 1 } })).status()).toBe(422);
  });

  test('PUT saves a draft with problems and returns them as errors; publish refuses it; a non-document is a 422', async ({ account }) => {
    const api = account.session;
    const { tree } = await (await api.post('/api/v1/trees', { data: { name: 'Draft' } })).json();
    const url = `/api/v1/trees/${tree.id}`;
    const savedDoc = async () => (await (await api.get(url)).json()).tree.document;

    const renamed = await api.put(url, { data: { name: 'Renamed' } });
    expect(renamed.status()).toBe(200);
    expect((await renamed.json()).tree).toMatchObject({ name: 'Renamed', document: tree.document, errors: [] });

    // Semantic problems are saved as they are, with the core's messages as errors.
    const twoRoots = { version: 1, nodes: [{ id: 'r1', type: 'root', position: { x: 0, y: 0 } }, { id: 'r2', type: 'root', position: { x: 1, y: 0 }, selected: true }], edges: [] };
    const invalid = await api.put(url, { data: { document: twoRoots } });
    expect(invalid.status(), await invalid.text()).toBe(200);
    const saved2 = (await invalid.json()).tree;
    expect(saved2.errors).toEqual([{ path: ['document'], nodeId: 'r2', code: 'invalid_tree', message: 'A tree has exactly one root; remove this one.' }]);
    expect(saved2.document.nodes[1]).toEqual({ id: 'r2', type: 'root', position: { x: 1, y: 0 } }); // canvas extras stripped
    expect((await (await api.get(url)).json()).tree).toMatchObject({ document: saved2.document, errors: saved2.errors });

    // A condition value being typed: saved too, the error points at the value.
    const typing = splitTree({ ...age, value: 'thirty' }, { yes: 'older' });
    const half = await api.put(url, { data: { document: typing } });
    expect(half.status(), await half.text()).toBe(200);
    const halfErrors = (await half.json()).tree.errors as { path: unknown[]; nodeId?: string }[];
    expect(halfErrors.map((e) => e.path.join('.'))).toContain('document.nodes.1.data.condition.value');

    // An edge to a node that is not there: saved, with the core's error naming it.
    const dangling = splitTree(age, { yes: 'older' }) as { edges: Record<string, unknown>[] };
    dangling.edges.push({ id: 'dangling', source: 'split', target: 'ghost', branch: 'no' });
    const wired = await api.put(url, { data: { document: dangling } });
    expect(wired.status(), await wired.text()).toBe(200);
    const wiredErrors = (await wired.json()).tree.errors as { message: string }[];
    expect(wiredErrors.length).toBeGreaterThan(0);
    expect(wiredErrors.map((e) => e.message).join(' ')).toContain('ghost');
    expect((await savedDoc()).edges).toHaveLength(3);

    // Publish and diff stay strict.
    const publish = await api.post(`${url}/publish`);
    expect(publish.status()).toBe(422);
    expect((await publish.json()).error.issues.length).toBeGreaterThan(0);
    expect((await api.post(`${url}/diff`, { data: {} })).status()).toBe(422);
    // The trees list copes with a draft that has problems.
    expect((await api.get('/api/v1/trees')).status()).toBe(200);

    const selfRef = splitTree({ type: 'segment', operator: 'in', segment: 'older' }, { yes: 'older' });
    const self = await api.put(url, { data: { document: selfRef } });
    expect(self.status()).toBe(200);
    expect((await self.json()).tree.errors[0].message).toMatch(/refers to segment 'older' of this same tree/);

    // What is not a tree document at all is refused, and the saved draft stays.
    const before = await savedDoc();
    for (const document of [
      'tree',
      [],
      { version: 2, nodes: [], edges: [] },
      { version: 1, nodes: {}, edges: [] },
      { version: 1, nodes: [{ id: 'x', type: 'circle', position: { x: 0, y: 0 } }], edges: [] },
      { version: 1, nodes: [{ id: 'x', type: 'root', position: { x: 'left', y: 0 } }], edges: [] },
      { version: 1, nodes: [{ id: 'x', type: 'split', position: { x: 0, y: 0 }, data: 'cond' }], edges: [] },
      { version: 1, nodes: [], edges: [{ source: 1, target: 'x' }] },
      { version: 1, nodes: Array.from({ length: 501 }, (_, i) => ({ id: `n${i}`, type: 'segment', position: { x: 0, y: 0 }, data: {} })), edges: [] },
    ]) {
      const res = await api.put(url, { data: { document } });
      expect(res.status(), JSON.stringify(document).slice(0, 80)).toBe(422);
      expect((await res.json()).error.code).toBe('validation_failed');
    }
    const notJson = await api.put(url, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"document":') });
    expect(notJson.status()).toBe(400);
    expect(await savedDoc()).toEqual(before);

    const open = await api.put(url, { data: { document: splitTree(age, { no: 'younger' }) } });
    expect(open.status()).toBe(200);
    const saved = (await open.json()).tree;
    expect(saved.errors).toEqual([]);
    expect(saved.warnings).toEqual([expect.objectContaining({ nodeId: 'split', message: expect.stringContaining("no 'yes' branch") })]);
    expect(saved.document.nodes).toHaveLength(3);
    expect((await api.put(url, { data: {} })).status()).toBe(422);
    expect((await api.put('/api/v1/trees/nope', { data: { name: 'x' } })).status()).toBe(404);
  });

  test('DELETE needs write and removes the tree; reads need read', async ({ account }) => {
    const { tree } = await (await account.session.post('/api/v1/trees', { data: { name: 'Doomed' } })).json();
    const reader = await account.keyed(['read']);
    expect((await reader.delete(`/api/v1/trees/${tree.id}`)).status()).toBe(403);
    expect((await reader.post('/api/v1/trees', { data: {} })).status()).toBe(403);
    expect((await reader.put(`/api/v1/trees/${tree.id}`, { data: { name: 'x' } })).status()).toBe(403);
    const ingestOnly = await account.keyed(['ingest']);
    expect((await ingestOnly.get('/api/v1/trees')).status()).toBe(403);

    const writer = await account.keyed(['write']);
    expect((await writer.delete(`/api/v1/trees/${tree.id}`)).status()).toBe(204);
    expect((await reader.get(`/api/v1/trees/${tree.id}`)).status()).toBe(404);
    expect((await writer.delete(`/api/v1/trees/${tree.id}`)).status()).toBe(404);
  });

  test('another workspace can neither see nor change this one’s trees', async ({ account, otherAccount }) => {
    const { tree } = await (await account.session.post('/api/v1/trees', { data: { name: 'Private', document: splitTree(age, { yes: 'mine' }) } })).json();
    const theirs = await otherAccount.keyed(['read', 'write']);
    expect((await (await theirs.get('/api/v1/trees')).json()).trees).toEqual([]);
    expect((await theirs.get(`/api/v1/trees/${tree.id}`)).status()).toBe(404);
    expect((await theirs.put(`/api/v1/trees/${tree.id}`, { data: { name: 'Stolen' } })).status()).toBe(404);
    expect((await theirs.post(`/api/v1/trees/${tree.id}/publish`)).status()).toBe(404);
    expect((await theirs.get(`/api/v1/trees/${tree.id}/versions`)).status()).toBe(404);
    expect((await theirs.delete(`/api/v1/trees/${tree.id}`)).status()).toBe(404);
    expect((await (await account.session.get(`/api/v1/trees/${tree.id}`)).json()).tree.name).toBe('Private');
  });
});
