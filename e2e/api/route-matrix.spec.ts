// Every route under /api/v1, checked the same way: listed in the API contract, 401 without
// credentials, 403 for a key or role lacking its permission, and no way to reach another
// workspace's rows. A new route file that is not in API_ROUTES fails the first test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { API_ROUTES } from '../../lib/api/openapi/routes';
import type { Permission } from '../../lib/auth/roles';
import { expect, test, type Account, type Scope } from '../fixtures';
import { addMember } from './workspace-helpers';

const ALL_SCOPES: Scope[] = ['ingest', 'evaluate', 'read', 'write'];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

function discoveredRoutes() {
  return routeFiles('app/api/v1').flatMap((file) => {
    const path = '/' + file.replace(/^app\//, '').replace(/\/route\.ts$/, '').replace(/\[(\w+)\]/g, '{$1}');
    const methods = [...readFileSync(file, 'utf8').matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    return methods.map((method) => `${method} ${path}`);
  });
}

const protectedRoutes = API_ROUTES.filter((r) => r.permission !== null);
const concrete = (path: string) => path.replace(/\{\w+\}/g, 'no-such-id');

function send(ctx: APIRequestContext, method: string, url: string) {
  return ctx.fetch(url, { method, data: method === 'GET' || method === 'DELETE' ? undefined : {} });
}

test('every route file is in the API contract, and nothing else is', () => {
  const listed = API_ROUTES.map((r) => `${r.method} ${r.path}`).sort();
  expect(discoveredRoutes().sort()).toEqual(listed);
});

test('the OpenAPI document lists every route', async ({ request }) => {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  const doc = await res.json();
  for (const r of API_ROUTES) expect(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeTruthy();
});

test('no credentials: every protected route answers 401 with the error body', async ({ request }) => {
  for (const r of protectedRoutes) {
    const res = await send(request, r.method, concrete(r.path));
    expect(res.status(), `${r.method} ${r.path}`).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  }
});

test('API keys: a key without the route’s scope gets 403, one with it gets past auth', async ({ account }) => {
  const keys = new Map<Permission, APIRequestContext>();
  const keyFor = async (scopes: Scope[]) => account.keyed(scopes);
  for (const r of protectedRoutes) {
    const permission = r.permission!;
    if (!keys.has(permission)) keys.set(permission, await keyFor(ALL_SCOPES.filter((s) => s !== permission)));
    const res = await send(keys.get(permission)!, r.method, concrete(r.path));
    expect(res.status(), `${r.method} ${r.path} without ${permission}`).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  }
  const full = await keyFor(ALL_SCOPES);
  for (const r of protectedRoutes.filter((x) => x.permission !== 'admin')) {
    const res = await send(full, r.method, concrete(r.path));
    expect([401, 403], `${r.method} ${r.path} with every scope`).not.toContain(res.status());
  }
});

test('roles: viewers may only read, editors everything but admin', async ({ account, playwright, baseURL }) => {
  const viewer = await addMember(playwright, baseURL!, account, 'viewer');
  const editor = await addMember(playwright, baseURL!, account, 'editor');
  const allowed: Record<'viewer' | 'editor', Permission[]> = { viewer: ['read', 'evaluate'], editor: ['read', 'evaluate', 'write', 'ingest'] };
  for (const [role, session] of [['viewer', viewer.session], ['editor', editor.session]] as const) {
    for (const r of protectedRoutes) {
      const res = await send(session, r.method, concrete(r.path));
      const ok = allowed[role].includes(r.permission!);
      if (ok) expect([401, 403], `${role} ${r.method} ${r.path}`).not.toContain(res.status());
      else expect(res.status(), `${role} ${r.method} ${r.path}`).toBe(403);
    }
  }
  await viewer.session.dispose();
  await editor.session.dispose();
});

async function ingestProfile(account: Account, externalId: string, traits: object) {
  const key = await account.keyed(['ingest']);
  const res = await key.post('/api/v1/profiles', { data: { profiles: [{ externalId, traits }] } });
  expect(res.status(), await res.text()).toBe(200);
}

test('isolation: another workspace cannot read, change or erase this one’s rows', async ({ account, otherAccount }) => {
  const externalId = 'shared-id-1';
  await ingestProfile(account, externalId, { plan: 'mine' });
  // The same externalId in the other workspace is a different profile.
  await ingestProfile(otherAccount, externalId, { plan: 'theirs' });
  const other = otherAccount.session;
  const otherKey = await otherAccount.keyed(ALL_SCOPES);

  // Resources of the first workspace, by id.
  const members = (await (await account.session.get('/api/v1/workspace/members')).json()).members;
  const memberId = members[0].id;
  const invitation = await (await account.session.post('/api/v1/workspace/invitations', { data: { role: 'viewer' } })).json();
  const keys = (await (await account.session.get('/api/v1/workspace/api-keys')).json()).apiKeys;
  const ids: Record<string, string> = { memberId, invitationId: invitation.invitation.id, apiKeyId: keys[0].id, externalId: 'only-in-first' };
  await ingestProfile(account, ids.externalId, { plan: 'first-only' });
  // A published tree, so {treeId} and the segment {key} resolve in the first workspace.
  const document = {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: { x: 0, y: 0 } },
      { id: 'seg', type: 'segment', position: { x: 0, y: 100 }, data: { key: 'only-in-first', name: 'Only in first', color: '#6366f1' } },
    ],
    edges: [{ source: 'root', target: 'seg', branch: 'all' }],
  };
  const created = await account.session.post('/api/v1/trees', { data: { name: 'Isolation', document } });
  ids.treeId = (await created.json()).tree.id;
  expect((await account.session.post(`/api/v1/trees/${ids.treeId}/publish`)).status()).toBe(201);
  ids.key = 'only-in-first';
  ids.version = '1';
  expect((await account.session.get(`/api/v1/segments/${ids.key}/members`)).status()).toBe(200);
  // A slot on that tree with a default variant, for {slotId} and {variantId}.
  const slot = await account.session.post('/api/v1/slots', { data: { key: 'isolation-slot', name: 'Isolation', treeId: ids.treeId } });
  ids.slotId = (await slot.json()).slot.id;
  const variant = await account.session.post(`/api/v1/slots/${ids.slotId}/variants`, { data: { name: 'Default', segmentKey: null, content: { headline: 'Hi' } } });
  ids.variantId = (await variant.json()).variant.id;
  // An experiment in that slot, for {experimentId}.
  const experiment = await account.session.post('/api/v1/experiments', {
    data: { key: 'isolation', name: 'Isolation', slotId: ids.slotId, primaryMetric: { kind: 'conversion', event: 'purchase', windowDays: 7 },
      arms: [{ key: 'control', name: 'Control', weight: 50, variantId: null }, { key: 'b', name: 'B', weight: 50, variantId: ids.variantId }] },
  });
  expect(experiment.status(), await experiment.text()).toBe(201);
  ids.experimentId = (await experiment.json()).experiment.id;

  for (const r of protectedRoutes.filter((x) => x.path.includes('{'))) {
    const url = r.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name]));
    const caller = r.permission === 'admin' ? other : otherKey;
    const res = await send(caller, r.method, url);
    expect(res.status(), `other workspace ${r.method} ${url}`).toBe(404);
  }

  // Lists of the other workspace show none of the first one's rows.
  const otherMembers = JSON.stringify(await (await other.get('/api/v1/workspace/members')).json());
  expect(otherMembers).not.toContain(account.email);
  const otherKeys = JSON.stringify(await (await other.get('/api/v1/workspace/api-keys')).json());
  for (const k of keys) expect(otherKeys).not.toContain(k.id);
  const otherInvites = JSON.stringify(await (await other.get('/api/v1/workspace/invitations')).json());
  expect(otherInvites).not.toContain(invitation.invitation.id);

  // Everything of the first workspace is intact, and its profile kept its own traits.
  expect((await account.session.get(`/api/v1/profiles/${ids.externalId}`)).status()).toBe(200);
  expect((await account.session.get(`/api/v1/trees/${ids.treeId}/versions`)).status()).toBe(200);
  expect((await account.session.get(`/api/v1/experiments/${ids.experimentId}`)).status()).toBe(200);
  expect(JSON.stringify(await (await otherKey.get('/api/v1/experiments')).json())).not.toContain(ids.experimentId);
  const otherTrees = JSON.stringify(await (await otherKey.get('/api/v1/trees')).json());
  expect(otherTrees).not.toContain(ids.treeId);
  const mine = await (await account.session.get(`/api/v1/profiles/${externalId}`)).json();
  expect(JSON.stringify(mine)).toContain('mine');
  expect(JSON.stringify(mine)).not.toContain('theirs');
  expect((await account.session.get('/api/v1/workspace/invitations')).status()).toBe(200);
  expect(JSON.stringify(await (await account.session.get('/api/v1/workspace/invitations')).json())).toContain(invitation.invitation.id);
});
