import { expect, test } from '../fixtures';

const ROUTES: [string, { data: unknown } | { data: string; headers: Record<string, string> }][] = [
  ['/api/v1/profiles', { data: { profiles: [{ externalId: 'u1' }] } }],
  ['/api/v1/events', { data: { events: [{ externalId: 'u1', event: 'e' }] } }],
  ['/api/v1/batch', { data: { batch: [{ type: 'track', userId: 'u1', event: 'e' }] } }],
  ['/api/v1/import/profiles', { data: 'externalId\nu1\n', headers: { 'content-type': 'text/csv' } }],
  ['/api/v1/import/events', { data: 'externalId,event\nu1,e\n', headers: { 'content-type': 'text/csv' } }],
];

test.describe('ingest authorisation', () => {
  for (const [route, body] of ROUTES) {
    test(`${route}: 401 without a key, 403 without the ingest scope, 200 with it`, async ({ request, account }) => {
      const anonymous = await request.post(route, body);
      expect(anonymous.status()).toBe(401);
      expect((await anonymous.json()).error.code).toBe('unauthorized');

      const reader = await account.keyed(['read', 'write', 'evaluate']);
      const forbidden = await reader.post(route, body);
      expect(forbidden.status()).toBe(403);
      expect(await forbidden.json()).toEqual({ error: { code: 'forbidden', message: 'This API key does not allow "ingest".' } });

      const ingester = await account.keyed(['ingest']);
      const ok = await ingester.post(route, body);
      expect(ok.status(), await ok.text()).toBe(200);
      expect((await ok.json()).accepted).toBe(1);
    });
  }

  test('an owner signed in to the dashboard may ingest too', async ({ account }) => {
    const res = await account.session.post('/api/v1/events', { data: { events: [{ externalId: 'u1', event: 'e' }] } });
    expect(res.status()).toBe(200);
  });
});

test.describe('workspace isolation', () => {
  test('a messageId used in one workspace does not deduplicate in another', async ({ account, otherAccount }) => {
    const a = await account.keyed(['ingest']);
    const b = await otherAccount.keyed(['ingest']);
    const events = { events: [{ externalId: 'same-user', event: 'purchase', messageId: 'shared-id' }] };
    expect(await (await a.post('/api/v1/events', { data: events })).json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await (await b.post('/api/v1/events', { data: events })).json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await (await a.post('/api/v1/events', { data: events })).json()).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    expect(await (await b.post('/api/v1/events', { data: events })).json()).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
  });

  test('the workspace comes from the key: a body cannot name another one', async ({ account, otherAccount }) => {
    const a = await account.keyed(['ingest']);
    const res = await a.post('/api/v1/events', { data: { workspaceId: otherAccount.workspaceId, events: [] } });
    expect(res.status()).toBe(422);
    const batch = await a.post('/api/v1/batch', { data: { batch: [{ type: 'track', userId: 'u', event: 'e', workspaceId: otherAccount.workspaceId }] } });
    expect((await batch.json()).rejected[0].code).toBe('unknown_field');
  });

  test('CSV imports dedupe per workspace as well', async ({ account, otherAccount }) => {
    const csv = 'externalId,event,messageId\nu1,signup,csv-1\n';
    const headers = { 'content-type': 'text/csv' };
    for (const owner of [account, otherAccount]) {
      const api = await owner.keyed(['ingest']);
      const report = await (await api.post('/api/v1/import/events', { data: csv, headers })).json();
      expect(report).toMatchObject({ rows: 1, accepted: 1, duplicates: 0 });
    }
  });
});
