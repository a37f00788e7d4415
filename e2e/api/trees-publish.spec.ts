import { countTree, evaluateTree, type EvaluationInput } from '../../lib/segments';
import { type SeedProfile, referenceInputs, splitTree } from '../../lib/audience/tests/fixtures';
import { expect, test, type Account } from '../fixtures';

// Publishing: immutable numbered versions with segment sizes, workspace-unique keys, and
// `segment` conditions across published trees (without cycles).
const profiles: SeedProfile[] = Array.from({ length: 20 }, (_, i) => ({
  externalId: `u${i}`,
  traits: { age: 20 + i * 2, plan: i % 3 === 0 ? 'pro' : 'free' },
  ...(i === 5 ? { consent: { personalization: false } } : {}),
}));
const gte = (value: number) => ({ type: 'attribute', field: 'traits.age', operator: 'gte', value });
const inSegment = (segment: string, operator = 'in') => ({ type: 'segment', operator, segment });

async function setUp(account: Account) {
  const api = await account.keyed(['ingest']);
  const res = await api.post('/api/v1/profiles', { data: { profiles } });
  expect(res.status(), await res.text()).toBe(200);
  return account.keyed(['read', 'write']);
}

async function createTree(api: Awaited<ReturnType<Account['keyed']>>, name: string, document: unknown) {
  const res = await api.post('/api/v1/trees', { data: { name, document } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).tree.id as string;
}

test.describe('trees API: publishing', () => {
  test('publish twice: versions 1 and 2, immutable, with the segment sizes of their moment', async ({ account }) => {
    const api = await setUp(account);
    const first = splitTree(gte(40), { yes: 'over-40', no: 'under-40' });
    const id = await createTree(api, 'Ages', first);

    const p1 = await api.post(`/api/v1/trees/${id}/publish`);
    expect(p1.status(), await p1.text()).toBe(201);
    const { version: v1 } = await p1.json();
    const inputs = referenceInputs(profiles);
    expect(v1).toMatchObject({ version: 1, document: first, segmentSizes: countTree(first, inputs, { asOf: Date.now() }).segments });
    expect(v1.segmentSizes).toEqual({ 'over-40': 10, 'under-40': 9 }); // u5 (age 30) refused consent
    expect(['index', 'sql']).toContain(v1.engine);

    const second = splitTree(gte(50), { yes: 'over-40', no: 'under-40' });
    expect((await api.put(`/api/v1/trees/${id}`, { data: { document: second } })).status()).toBe(200);
    // More profiles arrive after version 1: its stored sizes must not move.
    await (await account.keyed(['ingest'])).post('/api/v1/profiles', { data: { profiles: [{ externalId: 'late', traits: { age: 99 } }] } });
    const { version: v2 } = await (await api.post(`/api/v1/trees/${id}/publish`)).json();
    expect(v2).toMatchObject({ version: 2, document: second, segmentSizes: { 'over-40': 6, 'under-40': 14 } });

    const { versions } = await (await api.get(`/api/v1/trees/${id}/versions`)).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1]).toMatchObject({ version: 1, document: first, segmentSizes: v1.segmentSizes, publishedAt: v1.publishedAt });

    const { tree } = await (await api.get(`/api/v1/trees/${id}`)).json();
    expect(tree).toMatchObject({ status: 'published', publishedVersion: 2, segmentSizes: v2.segmentSizes, publishedAt: v2.publishedAt });
    const { trees } = await (await api.get('/api/v1/trees')).json();
    expect(trees.find((t: { id: string }) => t.id === id)).toMatchObject({ status: 'published', publishedVersion: 2, segmentSizes: v2.segmentSizes });
    expect((await (await account.keyed(['read'])).post(`/api/v1/trees/${id}/publish`)).status()).toBe(403);
  });

  test('segment keys are unique in the workspace: publishing another tree with a taken key is a 409', async ({ account, otherAccount }) => {
    const api = await setUp(account);
    const owner = await createTree(api, 'Owner', splitTree(gte(30), { yes: 'vip' }));
    expect((await api.post(`/api/v1/trees/${owner}/publish`)).status()).toBe(201);
    const rival = await createTree(api, 'Rival', splitTree(gte(60), { yes: 'vip', no: 'rest' }));
    const res = await api.post(`/api/v1/trees/${rival}/publish`);
    expect(res.status()).toBe(409);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'conflict', message: "Segment keys must be unique in the workspace: 'vip' is used by tree 'Owner'." });
    expect((await (await api.get(`/api/v1/trees/${rival}/versions`)).json()).versions).toEqual([]);
    // The editor is told before anyone presses publish.
    const { tree: draft } = await (await api.get(`/api/v1/trees/${rival}`)).json();
    expect(draft.warnings).toContainEqual({
      path: ['document', 'nodes', 2, 'data', 'key'], nodeId: 'seg-vip', code: 'segment_key_taken',
      message: "Segment 'VIP': the key 'vip' is already used by tree 'Owner'; choose another before publishing.",
    });
    // Republishing the owner with the same key is fine; another workspace may use the key too.
    expect((await (await api.post(`/api/v1/trees/${owner}/publish`)).json()).version.version).toBe(2);
    const theirs = await otherAccount.keyed(['write']);
    const their = await theirs.post('/api/v1/trees', { data: { name: 'Theirs', document: splitTree(gte(30), { yes: 'vip' }) } });
    expect((await theirs.post(`/api/v1/trees/${(await their.json()).tree.id}/publish`)).status()).toBe(201);
  });

  test('a segment condition reads another published tree; cycles and unknown segments are a 422', async ({ account }) => {
    const api = await setUp(account);
    const ages = splitTree(gte(40), { yes: 'older', no: 'younger' });
    const agesId = await createTree(api, 'Ages', ages);
    const uses = splitTree({ type: 'group', combinator: 'and', conditions: [inSegment('older'), { type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' }] }, { yes: 'older-pro', no: 'others' });
    const usesId = await createTree(api, 'Uses ages', uses);

    // Not published yet: the key is unknown.
    const early = await api.post(`/api/v1/trees/${usesId}/publish`);
    expect(early.status()).toBe(422);
    expect((await early.json()).error.message).toMatch(/segment 'older', which no published tree has/);

    expect((await api.post(`/api/v1/trees/${agesId}/publish`)).status()).toBe(201);
    const preview = await (await api.post('/api/v1/preview', { data: { tree: uses } })).json();
    const inputs = referenceInputs(profiles);
    const byId = new Map(inputs.map((i) => [String(i.profile.id), i]));
    const options = { asOf: Date.now() };
    const expected = countTree(uses, inputs, {
      ...options,
      segmentMembership: (ref, profile) => evaluateTree(ages, byId.get(String(profile.id)) as EvaluationInput, options).segment === ref.segmentKey,
    });
    expect(preview.segments).toEqual(expected.segments);
    expect(preview.segments['older-pro']).toBe(3); // u12, u15, u18: 40 or older with plan pro
    expect((await api.post(`/api/v1/trees/${usesId}/publish`)).status()).toBe(201);

    // Ages now wants to use a segment of "Uses ages": a circle. The draft may be saved, not published.
    const cyclic = splitTree(inSegment('older-pro', 'not_in'), { yes: 'older', no: 'younger' });
    expect((await api.put(`/api/v1/trees/${agesId}`, { data: { document: cyclic } })).status()).toBe(200);
    const refused = await api.post(`/api/v1/trees/${agesId}/publish`);
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.message).toBe(
      "Trees cannot depend on each other in a circle: this tree uses segment 'older-pro' of tree 'Uses ages', which uses segment 'older' of tree 'Ages', which leads back to this tree.",
    );
    const early422 = await api.post('/api/v1/preview', { data: { tree: cyclic, treeId: agesId } });
    expect(early422.status()).toBe(422);

    // Removing a segment that another published tree uses is a 409, and so is deleting its tree.
    expect((await api.put(`/api/v1/trees/${agesId}`, { data: { document: splitTree(gte(40), { yes: 'older-2' }) } })).status()).toBe(200);
    const dropped = await api.post(`/api/v1/trees/${agesId}/publish`);
    expect(dropped.status()).toBe(409);
    expect((await dropped.json()).error.message).toMatch(/'older' \(used by tree 'Uses ages'\)/);
    expect((await api.delete(`/api/v1/trees/${agesId}`)).status()).toBe(409);
    expect((await api.delete(`/api/v1/trees/${usesId}`)).status()).toBe(204);
    expect((await api.delete(`/api/v1/trees/${agesId}`)).status()).toBe(204);
  });
});
