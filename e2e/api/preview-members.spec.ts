import { evaluateTree } from '../../lib/segments';
import { type SeedProfile, referenceInputs, splitTree } from '../../lib/audience/tests/fixtures';
import { expect, test, type Account } from '../fixtures';

// POST /api/v1/preview/members: who reaches a node of an unsaved draft, and why.
const AS_OF = '2024-06-15T12:00:00Z';
const profiles: SeedProfile[] = Array.from({ length: 24 }, (_, i) => ({
  externalId: `n${String(i).padStart(2, '0')}`,
  traits: { age: 20 + i * 2 },
  ...(i === 15 ? { consent: { personalization: false } } : {}),
}));
const draft = splitTree({ type: 'attribute', field: 'traits.age', operator: 'gte', value: 40 }, { yes: 'older' });

async function setUp(account: Account) {
  const res = await (await account.keyed(['ingest'])).post('/api/v1/profiles', { data: { profiles } });
  expect(res.status(), await res.text()).toBe(200);
  return account.keyed(['read', 'write']);
}

test.describe('preview API: members of a draft node', () => {
  test('samples exactly the profiles reaching the node, each with its path, page by page', async ({ account }) => {
    const api = await setUp(account);
    const expected = referenceInputs(profiles)
      .filter((input) => evaluateTree(draft, input, { asOf: Date.parse(AS_OF) }).segment === 'older')
      .map((input) => input.profile.externalId);
    expect(expected.length).toBe(13);

    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await api.post('/api/v1/preview/members', { data: { tree: draft, nodeId: 'seg-older', limit: 5, asOf: AS_OF, ...(cursor ? { cursor } : {}) } });
      expect(res.status(), await res.text()).toBe(200);
      const body = await res.json();
      expect(body.nodeId).toBe('seg-older');
      seen.push(...body.members.map((m: { externalId: string }) => m.externalId));
      if (page === 0) {
        expect(body.members[0].path.map((s: { kind: string }) => s.kind)).toEqual(['root', 'split', 'segment']);
        expect(body.members[0].path[1]).toMatchObject({ branch: 'yes', outcome: true, label: 'Test' });
      }
      cursor = body.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toEqual(expected);

    // The open "no" branch: the split node is reached by everyone who consents.
    const split = await (await api.post('/api/v1/preview/members', { data: { tree: draft, nodeId: 'split', limit: 100, asOf: AS_OF } })).json();
    expect(split.members).toHaveLength(23);
  });

  test('defaults to the saved draft of treeId; bad input is a 422 or 404', async ({ account }) => {
    const api = await setUp(account);
    const { tree } = await (await api.post('/api/v1/trees', { data: { name: 'Saved', document: draft } })).json();
    const saved = await api.post('/api/v1/preview/members', { data: { treeId: tree.id, nodeId: 'seg-older', limit: 3 } });
    expect(saved.status(), await saved.text()).toBe(200);
    expect((await saved.json()).members).toHaveLength(3);

    const unknownNode = await api.post('/api/v1/preview/members', { data: { tree: draft, nodeId: 'ghost' } });
    expect(unknownNode.status()).toBe(422);
    expect((await unknownNode.json()).error.issues[0].path).toEqual(['nodeId']);
    expect((await api.post('/api/v1/preview/members', { data: { nodeId: 'split' } })).status()).toBe(422);
    expect((await api.post('/api/v1/preview/members', { data: { tree: draft, nodeId: 'split', limit: 0 } })).status()).toBe(422);
    expect((await api.post('/api/v1/preview/members', { data: { tree: { version: 1, nodes: [], edges: [] }, nodeId: 'split' } })).status()).toBe(422);
    expect((await api.post('/api/v1/preview/members', { data: { treeId: 'nope', nodeId: 'split' } })).status()).toBe(404);
  });
});
