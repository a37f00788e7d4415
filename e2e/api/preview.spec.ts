import { countTree } from '../../lib/segments';
import { type SeedProfile, demoTree, referenceInputs, splitTree } from '../../lib/audience/tests/fixtures';
import { expect, test, type Account } from '../fixtures';

// POST /api/v1/preview against the core: the data sent through the ingest API is counted by
// the server and, independently, by the core's countTree over the very same records.
const AS_OF = Date.parse('2024-06-15T12:00:00.000Z');
const DAY = 86_400_000;

function people(): SeedProfile[] {
  return Array.from({ length: 40 }, (_, i) => ({
    externalId: `p-${i}`,
    traits: { age: 18 + ((i * 11) % 47), ...(i % 7 === 0 ? { age: String(20 + i) } : {}) },
    ...(i % 6 === 0 ? { consent: { personalization: false } } : i % 4 === 0 ? { consent: { personalization: true } } : {}),
    context: { device: ['mobile', 'desktop', 'tablet'][i % 3] },
    events: Array.from({ length: i % 5 }, (_, k) => ({
      name: k % 2 ? 'page_view' : 'purchase',
      timestamp: AS_OF - (k * 4 + (i % 3)) * DAY - i * 1000,
      properties: { amount: 15 * (k + 1) },
      messageId: `m-${i}-${k}`,
    })),
  }));
}

const buyer = {
  type: 'group', combinator: 'or', conditions: [
    { type: 'event', event: 'purchase', window: { type: 'last', amount: 7, unit: 'days' }, measure: 'count', operator: 'gte', value: 1 },
    { type: 'event', event: 'purchase', window: { type: 'ever' }, measure: 'sum', property: 'properties.amount', operator: 'gte', value: 60 },
  ],
};

async function ingest(account: Account, profiles: SeedProfile[]) {
  const api = await account.keyed(['ingest']);
  const res = await api.post('/api/v1/profiles', { data: { profiles: profiles.map(({ events: _e, ...p }) => p) } });
  expect(res.status(), await res.text()).toBe(200);
  expect((await res.json()).rejected).toEqual([]);
  const events = profiles.flatMap((p) => (p.events ?? []).map((e) => ({
    externalId: p.externalId, event: e.name, timestamp: new Date(e.timestamp).toISOString(), properties: e.properties, messageId: e.messageId,
  })));
  if (events.length === 0) return;
  const sent = await api.post('/api/v1/events', { data: { events } });
  expect(sent.status(), await sent.text()).toBe(200);
  expect((await sent.json()).rejected).toEqual([]);
}

test.describe('POST /api/v1/preview', () => {
  test('counts every node exactly as the core counts the same data', async ({ account }) => {
    const profiles = people();
    await ingest(account, profiles);
    const tree = demoTree(buyer);
    const reader = await account.keyed(['read']);
    const res = await reader.post('/api/v1/preview', { data: { tree, asOf: '2024-06-15T12:00:00Z' } });
    expect(res.status(), await res.text()).toBe(200);
    const body = await res.json();
    const expected = countTree(tree, referenceInputs(profiles), { asOf: AS_OF });
    const counts = (b: typeof body) => ({ total: b.total, excludedNoConsent: b.excludedNoConsent, nodes: b.nodes, segments: b.segments, unassigned: b.unassigned, unassignedAt: b.unassignedAt });
    expect(counts(body)).toEqual(expected);
    expect(body.total).toBe(40);
    expect(body.excludedNoConsent).toBe(7);
    expect(body.unassigned).toBeGreaterThan(0);
    expect(body.asOf).toBe('2024-06-15T12:00:00.000Z');
    expect(['index', 'sql']).toContain(body.engine);
    expect(typeof body.tookMs).toBe('number');
    // Open branches are warnings, not errors.
    expect(body.warnings.map((w: { message: string }) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/no branch for case 'Desktop'/), expect.stringMatching(/no 'no' branch/)]),
    );

    // The first count starts the workspace's in-memory index; once it serves, nothing changes.
    const again = async () => (await reader.post('/api/v1/preview', { data: { tree, asOf: '2024-06-15T12:00:00Z' } })).json();
    await expect.poll(async () => (await again()).engine, { timeout: 30_000 }).toBe('index');
    expect(counts(await again())).toEqual(expected);
  });

  test('asOf: any offset names the same instant, later data never changes a past count, a local time is refused', async ({ account }) => {
    const profiles = people();
    await ingest(account, profiles);
    const tree = demoTree(buyer);
    const preview = async (asOf?: string) => {
      const res = await account.session.post('/api/v1/preview', { data: { tree, ...(asOf ? { asOf } : {}) } });
      expect(res.status(), await res.text()).toBe(200);
      const { tookMs: _t, engine: _e, ...rest } = await res.json();
      return rest;
    };
    const first = await preview('2024-06-15T12:00:00Z');
    expect(await preview('2024-06-15T14:00:00+02:00')).toEqual(first);

    // A purchase after asOf leaves the count at that asOf unchanged.
    await ingest(account, [{ externalId: 'p-1', events: [{ name: 'purchase', timestamp: AS_OF + 60_000, properties: { amount: 500 }, messageId: 'late' }] }]);
    expect(await preview('2024-06-15T12:00:00.000Z')).toEqual(first);
    const now = await preview();
    expect(Math.abs(Date.parse(now.asOf) - Date.now())).toBeLessThan(60_000);

    for (const asOf of ['2024-06-15T12:00:00', '2024-06-15', 'yesterday', 42]) {
      const res = await account.session.post('/api/v1/preview', { data: { tree, asOf } });
      expect(res.status(), String(asOf)).toBe(422);
      expect((await res.json()).error.issues[0].path).toEqual(['asOf']);
    }
  });

  test('consent: refusals are excluded at the root; an opt-in workspace also excludes absent consent', async ({ account }) => {
    const profiles: SeedProfile[] = [
      { externalId: 'yes', consent: { personalization: true }, traits: { age: 40 } },
      { externalId: 'no', consent: { personalization: false }, traits: { age: 40 } },
      { externalId: 'unset', traits: { age: 40 } },
      { externalId: 'marketing-only', consent: { marketing: true }, traits: { age: 20 } },
    ];
    await ingest(account, profiles);
    const tree = splitTree({ type: 'attribute', field: 'traits.age', operator: 'gte', value: 30 }, { yes: 'older', no: 'younger' });
    const count = async () => (await account.session.post('/api/v1/preview', { data: { tree } })).json();

    let body = await count();
    expect(body).toMatchObject({ total: 4, excludedNoConsent: 1, nodes: { root: 3, split: 3 }, segments: { older: 2, younger: 1 } });

    expect((await account.session.patch('/api/v1/workspace/settings', { data: { requireOptIn: true } })).status()).toBe(200);
    body = await count();
    expect(body).toMatchObject({ total: 4, excludedNoConsent: 3, nodes: { root: 1 }, segments: { older: 1, younger: 0 } });
    expect(body.segments).toEqual(countTree(tree, referenceInputs(profiles), { asOf: Date.now(), requireOptIn: true }).segments);
  });

  test('an invalid tree is a 422 with the core’s readable messages, pointing at the node', async ({ account }) => {
    const tree = splitTree({ type: 'attribute', field: 'traits.age', operator: 'between', value: [40, 30] }, { yes: 'a', no: 'a' });
    const res = await account.session.post('/api/v1/preview', { data: { tree } });
    expect(res.status()).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/^The tree cannot be used as it is: /);
    expect(error.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: ['tree', 'nodes', 1, 'data', 'condition', 'value'], nodeId: 'split', message: "Split 'Test': Put the smaller number first." }),
    ]));

    const loop = await account.session.post('/api/v1/preview', { data: { tree: { version: 1, nodes: [], edges: [] } } });
    expect((await loop.json()).error.issues.map((i: { message: string }) => i.message)).toContain('The tree needs a root node, where every profile starts.');
    const missing = await account.session.post('/api/v1/preview', { data: {} });
    expect(missing.status()).toBe(422);
    expect((await missing.json()).error.issues[0].path).toEqual(['tree']);
    const unknownSegment = await account.session.post('/api/v1/preview', { data: { tree: splitTree({ type: 'segment', operator: 'in', segment: 'ghost' }, { yes: 'x' }) } });
    expect(unknownSegment.status()).toBe(422);
    expect((await unknownSegment.json()).error.message).toMatch(/'ghost', which no published tree has/);
    const malformed = await account.session.post('/api/v1/preview', { data: Buffer.from('{"tree":'), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
  });

  test('needs read; each workspace counts only its own profiles', async ({ account, otherAccount }) => {
    await ingest(account, people());
    const tree = demoTree(buyer);
    const ingestOnly = await account.keyed(['ingest', 'write']);
    expect((await ingestOnly.post('/api/v1/preview', { data: { tree } })).status()).toBe(403);
    const theirs = await (await otherAccount.keyed(['read'])).post('/api/v1/preview', { data: { tree } });
    expect(theirs.status()).toBe(200);
    expect(await theirs.json()).toMatchObject({ total: 0, excludedNoConsent: 0, nodes: { root: 0 }, unassigned: 0 });
  });
});
