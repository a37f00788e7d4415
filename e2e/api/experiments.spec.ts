// The experiments API end to end, on SQLite and PostgreSQL: validation, the status rules,
// results whose numbers equal lib/stats on the seeded data, and exposures recorded by
// POST /api/v1/evaluate. Slots come from the slots API; seeded exposures from the test-only
// fixture (e2e/experiments-db.ts).
import { assignArm } from '../../lib/experiments/assignment';
import { compareBayesian } from '../../lib/stats/bayesian';
import { compareProportions } from '../../lib/stats/proportions';
import { sampleRatioMismatch } from '../../lib/stats/srm';
import { type E2eDb, createSlot, openE2eDb, publishVipTree, seedExposures, type SeedUser } from '../experiments-db';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures';

const arms = (variantId: string) => [
  { key: 'control', name: 'Control', weight: 50, variantId: null },
  { key: 'bold', name: 'Bold', weight: 50, variantId },
];
const purchase = { kind: 'conversion', event: 'purchase', windowDays: 7 };

/**
 * POST /api/v1/evaluate as a site would, waiting out the e2e server's rate limit (20/s, bursts
 * of 40, scripts/e2e-server.mjs): on a fast machine these tests send more than 40 in a second.
 */
async function evaluateSlot(site: APIRequestContext, externalId: string, slot: string) {
  for (;;) {
    const res = await site.post('/api/v1/evaluate', { data: { externalId, slots: [slot] } });
    if (res.status() === 429) {
      await new Promise((r) => setTimeout(r, 1000 * Number(res.headers()['retry-after'] ?? 1)));
      continue;
    }
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()).content[slot];
  }
}

let db: E2eDb;
test.beforeEach(async ({}, testInfo) => {
  db = openE2eDb(testInfo);
});
test.afterEach(async () => {
  await db.dispose();
});

test('create validates the split, the metric and every reference', async ({ account }) => {
  const api = account.session;
  const treeId = await publishVipTree(api);
  const slot = await createSlot(api, { key: 'hero', treeId, variants: [{ name: 'Bold hero' }] });
  const other = await createSlot(api, { key: 'footer', variants: [{ name: 'Footer' }] });
  const base = { key: 'hero-copy', name: 'Hero copy', slotId: slot.id, arms: arms(slot.variantIds[0]), primaryMetric: purchase };

  const cases: [string, object, number, RegExp][] = [
    ['weights not adding up to 100', { ...base, arms: [{ ...base.arms[0], weight: 40 }, base.arms[1]] }, 422, /add up to 100/],
    ['an unknown slot', { ...base, slotId: 'nope' }, 422, /No slot/],
    ['a variant of another slot', { ...base, arms: arms(other.variantIds[0]) }, 422, /not in this slot/],
    ['a segment outside the slot’s tree', { ...base, segmentKey: 'nobody' }, 422, /no published segment/],
    ['a key with a colon', { ...base, key: 'a:b' }, 422, /key/],
    ['a window of 0 days', { ...base, primaryMetric: { ...purchase, windowDays: 0 } }, 422, /at least 1 day/],
    ['a continuous metric without property', { ...base, primaryMetric: { ...purchase, kind: 'continuous', aggregate: 'sum' } }, 422, /numeric property/],
    ['a bad property filter', { ...base, primaryMetric: { ...purchase, where: [{ field: 'traits.plan', operator: 'eq', value: 'x' }] } }, 422, /event property/],
  ];
  for (const [what, body, status, message] of cases) {
    const res = await api.post('/api/v1/experiments', { data: body });
    expect(res.status(), what).toBe(status);
    // Schema problems are in the issues, reference problems in the message too.
    expect(JSON.stringify((await res.json()).error), what).toMatch(message);
  }

  const created = await api.post('/api/v1/experiments', {
    data: { ...base, segmentKey: 'vip', primaryMetric: { ...purchase, where: [{ field: 'properties.plan', operator: 'eq', value: 'pro' }] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { experiment } = await created.json();
  expect(experiment).toMatchObject({ key: 'hero-copy', status: 'draft', segmentKey: 'vip', slot: { id: slot.id, key: 'hero' }, exposures: 0 });
  expect((await api.post('/api/v1/experiments', { data: base })).status()).toBe(409); // same key

  const list = await (await api.get('/api/v1/experiments?status=draft')).json();
  expect(list.experiments.map((e: { id: string }) => e.id)).toEqual([experiment.id]);
  expect((await (await api.get('/api/v1/experiments?status=running')).json()).experiments).toEqual([]);
  expect((await api.get('/api/v1/experiments?status=paused')).status()).toBe(422);
  const bad = await api.fetch('/api/v1/experiments', { method: 'POST', headers: { 'content-type': 'application/json' }, data: Buffer.from('{"key":') });
  expect(bad.status()).toBe(400);
});

test('status rules: draft edits, running keeps its arms, stopped is final', async ({ account }) => {
  const api = account.session;
  // One default and one variant per segment: the second variant belongs to `vip`.
  const treeId = await publishVipTree(api);
  const slot = await createSlot(api, { key: 'hero', treeId, variants: [{ name: 'Bold hero' }, { name: 'Calm hero', segmentKey: 'vip' }] });
  const create = (key: string) => api.post('/api/v1/experiments', { data: { key, name: key, slotId: slot.id, arms: arms(slot.variantIds[0]), primaryMetric: purchase } });
  const { experiment } = await (await create('first')).json();
  const url = `/api/v1/experiments/${experiment.id}`;

  // Draft: anything changes, arms included.
  const three = [...arms(slot.variantIds[0]).map((a) => ({ ...a, weight: 34 - (a.key === 'bold' ? 1 : 0) })), { key: 'calm', name: 'Calm', weight: 33, variantId: slot.variantIds[1] }];
  const edited = await api.patch(url, { data: { key: 'first-v2', arms: three } });
  expect(edited.status(), await edited.text()).toBe(200);
  expect((await edited.json()).experiment.arms.map((a: { key: string }) => a.key)).toEqual(['control', 'bold', 'calm']);

  expect((await api.post(`${url}/stop`)).status()).toBe(409); // not running
  const started = await api.post(`${url}/start`);
  expect(started.status()).toBe(200);
  expect((await started.json()).experiment).toMatchObject({ status: 'running', startedAt: expect.any(String) });
  expect((await api.post(`${url}/start`)).status()).toBe(409);

  // A second experiment over the same visitors of the slot cannot run at the same time.
  const second = (await (await create('second')).json()).experiment;
  const clash = await api.post(`/api/v1/experiments/${second.id}/start`);
  expect(clash.status()).toBe(409);
  expect((await clash.json()).error.message).toMatch(/already runs in this slot/);

  // Running: weights change (and restart the SRM count), arms do not go or come, the key and primary metric are fixed.
  const reweighted = three.map((a, i) => ({ ...a, weight: [50, 25, 25][i] }));
  const patched = await api.patch(url, { data: { arms: reweighted, name: 'Renamed' } });
  expect(patched.status(), await patched.text()).toBe(200);
  const body = (await patched.json()).experiment;
  expect(body.name).toBe('Renamed');
  expect(body.arms.map((a: { weight: number }) => a.weight)).toEqual([50, 25, 25]);
  expect(body.arms.every((a: { weightsSince?: string }) => typeof a.weightsSince === 'string')).toBe(true);
  for (const [what, change, message] of [
    ['remove an arm', { arms: [{ ...three[0], weight: 50 }, { ...three[1], weight: 50 }] }, /cannot be removed/],
    ['change an arm’s content', { arms: reweighted.map((a, i) => (i === 1 ? { ...a, variantId: slot.variantIds[1] } : a)) }, /content/],
    ['change the key', { key: 'other' }, /cannot change its key/],
    ['change the primary metric', { primaryMetric: { ...purchase, windowDays: 3 } }, /primaryMetric/],
  ] as const) {
    const res = await api.patch(url, { data: change });
    expect(res.status(), what).toBe(409);
    expect((await res.json()).error.message, what).toMatch(message);
  }
  // Unchanged is fine, whatever the key order (PostgreSQL's jsonb reorders keys).
  expect((await api.patch(url, { data: { primaryMetric: { windowDays: 7, event: 'purchase', kind: 'conversion' } } })).status()).toBe(200);
  expect((await api.delete(url)).status()).toBe(409);

  const stopped = await api.post(`${url}/stop`);
  expect((await stopped.json()).experiment).toMatchObject({ status: 'stopped', stoppedAt: expect.any(String) });
  expect((await api.post(`${url}/start`)).status()).toBe(409);
  expect((await api.patch(url, { data: { arms: three } })).status()).toBe(409);
  expect((await api.patch(url, { data: { secondaryMetrics: [{ ...purchase, event: 'signup' }] } })).status()).toBe(200);
  expect((await api.post(`/api/v1/experiments/${second.id}/start`)).status()).toBe(200); // the slot is free again
  expect((await api.delete(url)).status()).toBe(204);
  expect((await api.get(url)).status()).toBe(404);
});

test('results: every number equals lib/stats on the seeded exposures and events', async ({ account }) => {
  const api = account.session;
  const slot = await createSlot(api, { key: 'hero', variants: [{ name: 'Bold hero' }] });
  const created = await api.post('/api/v1/experiments', {
    data: {
      key: 'results', name: 'Results', slotId: slot.id, arms: arms(slot.variantIds[0]),
      primaryMetric: { ...purchase, where: [{ field: 'properties.plan', operator: 'eq', value: 'pro' }], minimumDetectableEffect: { kind: 'relative', value: 0.2 }, baselineRate: 0.2 },
      secondaryMetrics: [{ kind: 'continuous', event: 'purchase', windowDays: 7, property: 'properties.amount', aggregate: 'sum' }],
    },
  });
  const { experiment } = await created.json();
  const t0 = Date.now() - 5 * 86_400_000;
  const at = (ms: number) => new Date(t0 + ms);
  const users: SeedUser[] = [];
  // control: 40 users (vip/none), 8 convert; bold: 44 users, 14 convert; distractors that must not count.
  for (let i = 0; i < 40; i++) {
    users.push({
      externalId: `c${i}`, arm: 'control', segmentKey: i % 2 ? 'vip' : null, exposedAt: at(i * 60_000),
      events: i < 8 ? [{ name: 'purchase', timestamp: at(i * 60_000 + 3_600_000), properties: { plan: 'pro', amount: 20 } }] : i < 12 ? [{ name: 'purchase', timestamp: at(i * 60_000 - 1000), properties: { plan: 'pro', amount: 5 } }] : [],
    });
  }
  for (let i = 0; i < 44; i++) {
    users.push({
      externalId: `b${i}`, arm: 'bold', segmentKey: i % 2 ? 'vip' : null, exposedAt: at(i * 60_000),
      events: i < 14
        ? [
            { name: 'purchase', timestamp: at(i * 60_000 + 7_200_000), properties: { plan: 'pro', amount: 30 } },
            { name: 'purchase', timestamp: at(i * 60_000 + 9_000_000), properties: { plan: 'pro', amount: 10 } },
          ]
        : i < 18 ? [{ name: 'purchase', timestamp: at(i * 60_000 + 60_000), properties: { plan: 'free', amount: 10 } }] : [],
    });
  }
  await seedExposures(db, account.workspaceId, experiment.id, users);

  const res = await api.get(`/api/v1/experiments/${experiment.id}/results`);
  expect(res.status(), await res.text()).toBe(200);
  const { results } = await res.json();
  const [control, bold] = results.primary.arms;
  expect([control.users, control.conversions, bold.users, bold.conversions]).toEqual([40, 8, 44, 14]);
  const c = { users: 40, conversions: 8 };
  const b = { users: 44, conversions: 14 };
  const f = compareProportions(c, b);
  const bayes = compareBayesian(c, b);
  expect(bold.absoluteLift).toEqual(f.absoluteLift);
  expect(bold.absoluteLiftCi).toEqual(f.absoluteLiftCi);
  expect(bold.relativeLiftCi).toEqual(f.relativeLiftCi);
  expect(bold.pValue).toEqual(f.pValue);
  expect(bold.adjustedPValue).toEqual(f.pValue); // one treatment: Holm changes nothing
  expect(bold.chanceToBeatControl).toEqual(bayes.chanceToBeatControl);
  expect(bold.expectedLoss).toEqual(bayes.expectedLoss);
  expect(results.primary.holm).toBe(false);
  expect(results.srm.pValue).toEqual(sampleRatioMismatch([40, 44], [50, 50]).pValue);
  expect(results.srm.mismatch).toBe(false);
  expect(results.segments.map((s: { segmentKey: string | null; users: number }) => [s.segmentKey, s.users])).toEqual([['vip', 42], [null, 42]]);
  expect(results.sampleSize.value).toMatchObject({ baselineSource: 'planned', effectSource: 'planned' });
  // Revenue per user: 8 × 20 over 40 in control (the pre-exposure purchases do not count), 14 × 40 + 4 × 10 over 44.
  expect(results.secondary[0].arms.map((a: { value: { value: number } }) => a.value.value)).toEqual([160 / 40, 600 / 44]);
  const last = results.series.at(-1);
  expect(last.arms.bold).toEqual({ exposed: 44, conversions: 14, rate: 14 / 44 });

  // An experiment of another workspace is invisible.
  expect((await api.get('/api/v1/experiments/does-not-exist/results')).status()).toBe(404);
});

test('evaluate assigns by the hash, records one exposure per profile, and the results count them', async ({ account }) => {
  const api = account.session;
  const treeId = await publishVipTree(api); // everyone is in `vip`
  // Normal content: the vip variant (Calm); the treatment shows the default variant (Bold).
  const slot = await createSlot(api, { key: 'hero', treeId, variants: [{ name: 'Bold hero' }, { name: 'Calm hero', segmentKey: 'vip' }] });
  const [bold, calm] = slot.variantIds;
  const ingest = await account.keyed(['ingest']);
  const ids = Array.from({ length: 30 }, (_, i) => `visitor-${i}`);
  const profiles = [...ids, 'racer'].map((externalId) => ({ externalId, consent: { personalization: true } }));
  profiles.push({ externalId: 'refuser', consent: { personalization: false } });
  expect((await ingest.post('/api/v1/profiles', { data: { profiles } })).status()).toBe(200);

  const created = await api.post('/api/v1/experiments', { data: { key: 'hero-wire', name: 'Hero wire', slotId: slot.id, arms: arms(bold), primaryMetric: purchase } });
  const { experiment } = await created.json();
  expect((await api.post(`/api/v1/experiments/${experiment.id}/start`)).status()).toBe(200);

  const site = await account.keyed(['evaluate']);
  const evaluate = async (externalId: string) =>
    (await evaluateSlot(site, externalId, 'hero')) as { variant: { id: string }; experiment?: { key: string; arm: string } };
  const armOf = new Map<string, string>();
  for (const id of ids) {
    const answer = await evaluate(id);
    const expected = ['control', 'bold'][assignArm('hero-wire', id, [50, 50])];
    expect(answer.experiment, id).toEqual({ key: 'hero-wire', arm: expected });
    expect(answer.variant.id, id).toBe(expected === 'bold' ? bold : calm);
    armOf.set(id, expected);
  }
  // Twenty concurrent first calls of one visitor: one arm, one exposure.
  const racing = await account.keyed(['evaluate']); // a fresh key: the whole burst is the race's
  const raced = (await Promise.all(Array.from({ length: 20 }, () => evaluateSlot(racing, 'racer', 'hero')))) as { experiment?: { key: string; arm: string } }[];
  expect(new Set(raced.map((a) => a.experiment?.arm)).size).toBe(1);
  armOf.set('racer', raced[0].experiment!.arm);
  // Consent refused: the default variant (no segment), not enrolled. An unknown id: the hash's arm, not recorded.
  expect(await evaluate('refuser')).toMatchObject({ variant: { id: bold } }); // in no segment: the default
  expect((await evaluate('refuser')).experiment).toBeUndefined();
  expect((await evaluate('not-yet-sent')).experiment?.arm).toBe(['control', 'bold'][assignArm('hero-wire', 'not-yet-sent', [50, 50])]);
  for (const id of ids.slice(0, 5)) expect((await evaluate(id)).experiment?.arm).toBe(armOf.get(id)); // sticky, not re-recorded

  // Treatment visitors buy after their exposure.
  const buyers = [...armOf].filter(([, arm]) => arm === 'bold').map(([id]) => id);
  const events = buyers.map((externalId) => ({ externalId, event: 'purchase' }));
  expect((await ingest.post('/api/v1/events', { data: { events } })).status()).toBe(200);

  const { results } = await (await api.get(`/api/v1/experiments/${experiment.id}/results`)).json();
  const users = (arm: string) => [...armOf.values()].filter((a) => a === arm).length;
  expect(results.primary.arms.map((a: { key: string; users: number; conversions: number }) => [a.key, a.users, a.conversions])).toEqual([
    ['control', users('control'), 0],
    ['bold', users('bold'), buyers.length],
  ]);
  expect((await (await api.get(`/api/v1/experiments/${experiment.id}`)).json()).experiment.exposures).toBe(31);

  // Stopped: everyone sees the normal content again.
  expect((await api.post(`/api/v1/experiments/${experiment.id}/stop`)).status()).toBe(200);
  const after = await evaluate(buyers[0]);
  expect(after.experiment).toBeUndefined();
  expect(after.variant.id).toBe(calm);
});

test('an arm with content of its own: validated, returned, frozen once running, and served by evaluate', async ({ account }) => {
  const api = account.session;
  const treeId = await publishVipTree(api); // everyone is in `vip`
  // Only a default variant: before arms could carry content, a vip-only test had nothing new to show.
  const slot = await createSlot(api, { key: 'hero', treeId, variants: [{ name: 'Default hero' }] });
  const fresh = { headline: 'Welcome back, {{traits.firstName | "friend"}}', ctaText: 'Shop {{segment.name}}', ctaUrl: '/vip?who={{traits.firstName}}', layout: 'banner' };
  const ownArms = (content: object, extra: object = {}) => [
    { key: 'control', name: 'Control', weight: 50, variantId: null },
    { key: 'fresh', name: 'Fresh copy', weight: 50, content, ...extra },
  ];
  const base = { key: 'vip-copy', name: 'VIP copy', slotId: slot.id, segmentKey: 'vip', primaryMetric: purchase };

  for (const [what, arms, message] of [
    ['a javascript: link', ownArms({ ...fresh, ctaUrl: 'javascript:alert(1)' }), /Button link must be an http\(s\), mailto or tel link/],
    ['an unclosed placeholder', ownArms({ ...fresh, headline: 'Hi {{traits.firstName' }), /Headline: /],
    ['a variant and content at once', ownArms(fresh, { variantId: slot.variantIds[0] }), /either a variant of the slot or its own content/],
  ] as const) {
    const res = await api.post('/api/v1/experiments', { data: { ...base, arms } });
    expect(res.status(), what).toBe(422);
    const { error } = await res.json();
    expect(error.code, what).toBe('validation_failed');
    expect(error.issues[0].path.slice(0, 3), what).toEqual(['arms', 1, 'content']);
    expect(error.issues[0].message, what).toMatch(message);
  }

  const created = await api.post('/api/v1/experiments', { data: { ...base, arms: ownArms({ ...fresh, headline: 'Draft headline' }) } });
  expect(created.status(), await created.text()).toBe(201);
  const { experiment } = await created.json();
  expect(experiment.arms[0]).toMatchObject({ variantId: null, content: null });
  expect(experiment.arms[1]).toMatchObject({ variantId: null, content: { headline: 'Draft headline', body: '', imageUrl: '', layout: 'banner' } });
  const url = `/api/v1/experiments/${experiment.id}`;
  // A draft's arm content is edited like anything else…
  const edited = await api.patch(url, { data: { arms: ownArms(fresh) } });
  expect(edited.status(), await edited.text()).toBe(200);
  expect((await edited.json()).experiment.arms[1].content).toEqual({ body: '', imageUrl: '', ...fresh });
  expect((await api.post(`${url}/start`)).status()).toBe(200);
  // …and frozen once running (weights still change).
  const frozen = await api.patch(url, { data: { arms: ownArms({ ...fresh, headline: 'Too late' }) } });
  expect(frozen.status()).toBe(409);
  expect((await frozen.json()).error.message).toMatch(/content of arm "Fresh copy" cannot change after the start/);
  expect((await api.patch(url, { data: { arms: ownArms(fresh).map((a, i) => ({ ...a, weight: [40, 60][i] })) } })).status()).toBe(200);

  const ingest = await account.keyed(['ingest']);
  const ids = Array.from({ length: 16 }, (_, i) => `fan-${i}`);
  const profiles = ids.map((externalId, i) => ({ externalId, consent: { personalization: true }, traits: i % 2 ? { firstName: '<i>Zoë</i>' } : {} }));
  expect((await ingest.post('/api/v1/profiles', { data: { profiles } })).status()).toBe(200);
  const site = await account.keyed(['evaluate']);
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    const hero = await evaluateSlot(site, id, 'hero');
    const arm = ['control', 'fresh'][assignArm('vip-copy', id, [40, 60])];
    expect(hero.experiment, id).toEqual({ key: 'vip-copy', arm });
    seen.add(arm);
    if (arm === 'control') {
      expect(hero.variant, id).toMatchObject({ id: slot.variantIds[0], segmentKey: null });
      continue;
    }
    expect(hero.variant, id).toEqual({ id: null, name: 'Fresh copy', segmentKey: 'vip' });
    expect(hero.content, id).toEqual({
      layout: 'banner', body: '', imageUrl: '', ctaText: 'Shop VIP',
      headline: i % 2 ? 'Welcome back, &lt;i&gt;Zoë&lt;/i&gt;' : 'Welcome back, friend',
      ctaUrl: i % 2 ? `/vip?who=${encodeURIComponent('<i>Zoë</i>')}` : '/vip?who=',
    });
  }
  expect(seen).toEqual(new Set(['control', 'fresh']));
  expect((await (await api.get(url)).json()).experiment.exposures).toBe(ids.length);
});
