import { validateTree } from '../../lib/segments';
import { expect, test } from '../fixtures';

// Templates: listed with their documents, and a tree created from one gets segment keys
// that are free in the workspace (so the second copy can be published too).
type Node = { type: string; data: { key?: string } };
const keys = (doc: { nodes: Node[] }) => doc.nodes.filter((n) => n.type === 'segment').map((n) => n.data.key!);

test.describe('trees API: templates', () => {
  test('lists the templates, each a valid document', async ({ account }) => {
    const api = await account.keyed(['read']);
    const res = await api.get('/api/v1/tree-templates');
    expect(res.status()).toBe(200);
    const { templates } = await res.json();
    expect(templates.map((t: { key: string }) => t.key)).toEqual(['rfm-tiers', 'lifecycle', 'device-engagement']);
    expect(templates.map((t: { name: string }) => t.name)).toEqual(['RFM tiers', 'Lifecycle: new / active / at risk / lapsed', 'Device × engagement']);
    for (const t of templates) {
      expect(validateTree(t.document).errors).toEqual([]);
      expect(t.segments.map((s: { key: string }) => s.key)).toEqual(keys(t.document));
    }
  });

  test('creates from a template twice; the copy gets free keys and both publish', async ({ account }) => {
    const api = await account.keyed(['read', 'write']);
    const first = await api.post('/api/v1/trees', { data: { template: 'lifecycle' } });
    expect(first.status(), await first.text()).toBe(201);
    const a = (await first.json()).tree;
    expect(a).toMatchObject({ name: 'Lifecycle: new / active / at risk / lapsed', status: 'draft', warnings: [] });
    expect(keys(a.document)).toEqual(['lifecycle-new', 'lifecycle-active', 'lifecycle-at-risk', 'lifecycle-lapsed']);

    const second = await api.post('/api/v1/trees', { data: { template: 'lifecycle', name: 'Lifecycle EU' } });
    const b = (await second.json()).tree;
    expect(b.name).toBe('Lifecycle EU');
    expect(keys(b.document)).toEqual(['lifecycle-new-2', 'lifecycle-active-2', 'lifecycle-at-risk-2', 'lifecycle-lapsed-2']);
    expect((await api.post(`/api/v1/trees/${a.id}/publish`)).status()).toBe(201);
    expect((await api.post(`/api/v1/trees/${b.id}/publish`)).status()).toBe(201);
  });

  test('an unknown template, or a template with a document, is a 422', async ({ account }) => {
    const api = await account.keyed(['read', 'write']);
    const unknown = await api.post('/api/v1/trees', { data: { template: 'nope' } });
    expect(unknown.status()).toBe(422);
    expect((await unknown.json()).error.issues[0].path).toEqual(['template']);
    const both = await api.post('/api/v1/trees', { data: { template: 'lifecycle', document: { version: 1, nodes: [], edges: [] } } });
    expect(both.status()).toBe(422);
    expect((await both.json()).error.issues[0].message).toMatch(/not both/);
  });
});
