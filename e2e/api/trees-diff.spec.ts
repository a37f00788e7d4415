import { evaluateTree } from '../../lib/segments';
import { type SeedProfile, referenceInputs, splitTree } from '../../lib/audience/tests/fixtures';
import { expect, test, type Account } from '../fixtures';

// POST /api/v1/trees/{id}/diff: node changes and the movement matrix, checked against the
// pure evaluator run on both trees per profile.
const AS_OF = '2024-06-15T12:00:00Z';
const profiles: SeedProfile[] = Array.from({ length: 30 }, (_, i) => ({
  externalId: `d${i}`,
  traits: { age: 18 + i * 2 },
  context: { device: i % 3 === 0 ? 'mobile' : 'desktop' },
  ...(i === 4 ? { consent: { personalization: false } } : {}),
}));
const gte = (value: number) => ({ type: 'attribute', field: 'traits.age', operator: 'gte', value });

async function setUp(account: Account) {
  const res = await (await account.keyed(['ingest'])).post('/api/v1/profiles', { data: { profiles } });
  expect(res.status(), await res.text()).toBe(200);
  return account.keyed(['read', 'write']);
}

type Side = { key: string | null; name: string; count: number };
type Diff = { base: { version: number | null }; nodes: Record<string, { nodeId: string; changes?: { what: string }[] }[]>; movement: { from: Side[]; to: Side[]; counts: number[][]; moved: number; total: number; excludedNoConsent: number } };

function cells(diff: Diff) {
  const out: Record<string, number> = {};
  diff.movement.from.forEach((f, r) => diff.movement.to.forEach((t, c) => {
    if (diff.movement.counts[r][c]) out[`${f.key}→${t.key}`] = diff.movement.counts[r][c];
  }));
  return out;
}

function reference(before: unknown, after: unknown) {
  const out: Record<string, number> = {};
  for (const input of referenceInputs(profiles)) {
    const a = evaluateTree(before, input, { asOf: Date.parse(AS_OF) });
    if (a.excludedNoConsent) continue;
    const key = `${a.segment}→${evaluateTree(after, input, { asOf: Date.parse(AS_OF) }).segment}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

test.describe('trees API: diff', () => {
  test('node changes and who moves where, exactly', async ({ account }) => {
    const api = await setUp(account);
    const published = splitTree(gte(40), { yes: 'older', no: 'younger' });
    const { tree } = await (await api.post('/api/v1/trees', { data: { name: 'Ages', document: published } })).json();

    const first = await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { asOf: AS_OF } });
    expect(first.status(), await first.text()).toBe(200);
    const before: Diff = await first.json();
    expect(before.base.version).toBeNull();
    const rootOnly = { version: 1, nodes: [{ id: 'root', type: 'root', position: { x: 0, y: 0 } }], edges: [] };
    expect(cells(before)).toEqual(reference(rootOnly, published));
    expect(cells(before)).toEqual({ 'null→older': 19, 'null→younger': 10 }); // d4 (26) refused consent

    expect((await api.post(`/api/v1/trees/${tree.id}/publish`)).status()).toBe(201);
    // The draft moves the threshold and sends "younger" mobile users to a new segment.
    const draft = {
      ...published,
      nodes: [
        ...published.nodes.map((n) => ((n as { id: string }).id === 'split' ? { ...(n as object), data: { label: 'Test', condition: gte(50) } } : n)),
        { id: 'dev', type: 'split', position: { x: 100, y: 200 }, data: { label: 'Mobile', condition: { type: 'context', field: 'device', operator: 'eq', value: 'mobile' } } },
        { id: 'seg-mobile', type: 'segment', position: { x: 100, y: 300 }, data: { key: 'young-mobile', name: 'Young, mobile', color: '#22c55e' } },
      ],
      edges: [
        ...published.edges.filter((e) => (e as { branch: string }).branch !== 'no'),
        { id: 'e-dev', source: 'split', target: 'dev', branch: 'no' },
        { id: 'e-mob', source: 'dev', target: 'seg-mobile', branch: 'yes' },
        { id: 'e-rest', source: 'dev', target: 'seg-younger', branch: 'no' },
      ],
    };
    expect((await api.put(`/api/v1/trees/${tree.id}`, { data: { document: draft } })).status()).toBe(200);
    const res = await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { asOf: AS_OF } });
    expect(res.status(), await res.text()).toBe(200);
    const diff: Diff = await res.json();
    expect(diff.base.version).toBe(1);
    expect(cells(diff)).toEqual(reference(published, draft));
    expect(diff.movement.from.map((s) => s.key)).toEqual(['older', 'younger', null]);
    expect(diff.movement.to.map((s) => s.key)).toEqual(['older', 'younger', 'young-mobile', null]);
    expect(diff.movement).toMatchObject({ total: 30, excludedNoConsent: 1 });
    expect(diff.movement.moved).toBe(Object.entries(reference(published, draft)).filter(([k]) => k.split('→')[0] !== k.split('→')[1]).reduce((s, [, n]) => s + n, 0));
    expect(diff.nodes.added.map((n) => n.nodeId)).toEqual(['dev', 'seg-mobile']);
    expect(diff.nodes.removed).toEqual([]);
    expect(Object.fromEntries(diff.nodes.changed.map((n) => [n.nodeId, n.changes!.map((c) => c.what)]))).toEqual({ split: ['condition', 'wiring'] });

    // A document sent in the body is compared instead of the saved draft.
    const sent = await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { asOf: AS_OF, document: published } });
    const same: Diff = await sent.json();
    expect(same.movement.moved).toBe(0);
    expect(same.nodes.changed).toEqual([]);
    // Without a body: the saved draft, now.
    expect((await api.post(`/api/v1/trees/${tree.id}/diff`)).status()).toBe(200);
  });

  test('bad input: an invalid document is a 422 naming it, an unknown tree a 404', async ({ account }) => {
    const api = await setUp(account);
    const { tree } = await (await api.post('/api/v1/trees', { data: { name: 'T' } })).json();
    const invalid = await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { document: { version: 1, nodes: [], edges: [] } } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error.issues[0].path[0]).toBe('document');
    const unknownSegment = await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { document: splitTree({ type: 'segment', operator: 'in', segment: 'nowhere' }, { yes: 'x' }) } });
    expect(unknownSegment.status()).toBe(422);
    expect((await unknownSegment.json()).error.message).toMatch(/nowhere/);
    expect((await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { asOf: '2024-06-15' } })).status()).toBe(422);
    expect((await api.post(`/api/v1/trees/${tree.id}/diff`, { data: { extra: true } })).status()).toBe(422);
    expect((await api.post('/api/v1/trees/nope/diff', { data: {} })).status()).toBe(404);
  });
});
