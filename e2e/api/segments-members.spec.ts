import { evaluateTree } from '../../lib/segments';
import { type SeedProfile, referenceInputs, splitTree } from '../../lib/audience/tests/fixtures';
import type { APIResponse } from '@playwright/test';
import { expect, test, type Account } from '../fixtures';

// GET /api/v1/segments/{key}/members: sample members of a published segment, each with the
// path of conditions (in words) that placed it there.
const AS_OF = '2024-06-15T12:00:00Z';
const profiles: SeedProfile[] = Array.from({ length: 25 }, (_, i) => ({
  externalId: `m${String(i).padStart(2, '0')}`,
  traits: { plan: i % 4 === 0 ? 'pro' : 'free', age: 20 + i },
  ...(i === 8 ? { consent: { personalization: false } } : {}),
  context: { device: i % 2 ? 'mobile' : 'desktop' },
}));
const document = {
  version: 1,
  nodes: [
    { id: 'root', type: 'root', position: { x: 0, y: 0 } },
    { id: 'plan', type: 'split', position: { x: 0, y: 100 }, data: { label: 'Pro plan', condition: { type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' } } },
    {
      id: 'device', type: 'switch', position: { x: 0, y: 200 },
      data: { label: 'Device', cases: [{ id: 'mob', label: 'Mobile', condition: { type: 'context', field: 'device', operator: 'eq', value: 'mobile' } }] },
    },
    { id: 's-pro', type: 'segment', position: { x: 0, y: 300 }, data: { key: 'pro-desktop', name: 'Pro, not mobile', color: '#6366f1' } },
  ],
  edges: [
    { source: 'root', target: 'plan', branch: 'all' },
    { source: 'plan', target: 'device', branch: 'yes' },
    { source: 'device', target: 's-pro', branch: 'else' },
  ],
};

async function publish(account: Account) {
  const ingest = await account.keyed(['ingest']);
  expect((await ingest.post('/api/v1/profiles', { data: { profiles } })).status()).toBe(200);
  const writer = await account.keyed(['write']);
  const { tree } = await (await writer.post('/api/v1/trees', { data: { name: 'Plans', document } })).json();
  const res = await writer.post(`/api/v1/trees/${tree.id}/publish`);
  expect(res.status(), await res.text()).toBe(201);
  return tree.id as string;
}

test.describe('GET /api/v1/segments/{key}/members', () => {
  test('pages through exactly the members the evaluator finds, each with its path in words', async ({ account }) => {
    const treeId = await publish(account);
    const expected = referenceInputs(profiles)
      .filter((input) => evaluateTree(document, input, { asOf: Date.parse(AS_OF) }).segment === 'pro-desktop')
      .map((input) => input.profile.externalId);
    expect(expected).toEqual(['m00', 'm04', 'm12', 'm16', 'm20', 'm24']); // m08 refused consent

    const reader = await account.keyed(['read']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: APIResponse = await reader.get(`/api/v1/segments/pro-desktop/members?limit=4&asOf=${encodeURIComponent(AS_OF)}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status(), await res.text()).toBe(200);
      const page: { segment: unknown; members: { externalId: string }[]; nextCursor: string | null } = await res.json();
      expect(page.segment).toEqual({ key: 'pro-desktop', name: 'Pro, not mobile', color: '#6366f1', treeId, treeName: 'Plans', version: 1 });
      expect(page.members.length).toBeLessThanOrEqual(4);
      seen.push(...page.members.map((m: { externalId: string }) => m.externalId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);

    const { members } = await (await reader.get('/api/v1/segments/pro-desktop/members?limit=1')).json();
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ externalId: 'm00', traits: { plan: 'pro', age: 20 } });
    expect(members[0]).not.toHaveProperty('id');
    expect(members[0].path).toEqual([
      { nodeId: 'root', kind: 'root', label: 'Everyone', branch: 'all' },
      { nodeId: 'plan', kind: 'split', label: 'Pro plan', branch: 'yes', outcome: true, description: 'Plan is "pro"' },
      {
        nodeId: 'device', kind: 'switch', label: 'Device', branch: 'else', description: 'none of the cases (else)',
        cases: [{ caseId: 'mob', label: 'Mobile', description: 'Device is "mobile"', matched: false }],
      },
      { nodeId: 's-pro', kind: 'segment', label: 'Pro, not mobile', segmentKey: 'pro-desktop' },
    ]);
  });

  test('validates limit and cursor; unknown keys and other workspaces get a 404', async ({ account, otherAccount }) => {
    await publish(account);
    const reader = await account.keyed(['read']);
    const base = '/api/v1/segments/pro-desktop/members';
    expect((await reader.get(`${base}?limit=101`)).status()).toBe(422);
    expect((await reader.get(`${base}?limit=0`)).status()).toBe(422);
    expect((await reader.get(`${base}?cursor=abc`)).status()).toBe(422);
    expect((await reader.get(`${base}?asOf=2024-06-15`)).status()).toBe(422);
    const all = await (await reader.get(base)).json();
    expect(all.members).toHaveLength(6); // default limit 20
    expect(all.nextCursor).toBeNull();
    expect((await reader.get('/api/v1/segments/nope/members')).status()).toBe(404);
    expect((await (await account.keyed(['ingest'])).get(base)).status()).toBe(403);
    const theirs = await otherAccount.keyed(['read']);
    expect((await theirs.get(base)).status()).toBe(404);
  });
});
