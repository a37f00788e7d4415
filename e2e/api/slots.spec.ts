import { splitTree } from '../../lib/audience/tests/fixtures';
import type { APIResponse } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createSlot, ingestProfiles, publishTree } from './evaluate-helpers';

// Slots and variants: CRUD, the rules (a published tree of the workspace, segments of that
// tree, one variant per segment, content validated) and the preview for sample members.
const plans = splitTree({ type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' }, { yes: 'pro', no: 'free' });

test.describe('slots and variants', () => {
  test('create, read, change and delete a slot and its variants', async ({ account }) => {
    const treeId = await publishTree(account, 'Plans', plans);
    const writer = await account.keyed(['write']);
    const reader = await account.keyed(['read']);

    let res = await writer.post('/api/v1/slots', { data: { key: 'home-hero', name: 'Home hero', treeId } });
    expect(res.status(), await res.text()).toBe(201);
    const { slot } = await res.json();
    expect(slot).toMatchObject({ key: 'home-hero', name: 'Home hero', treeId, variantCount: 0 });

    res = await writer.post(`/api/v1/slots/${slot.id}/variants`, { data: { name: 'Pro', segmentKey: 'pro', content: { headline: 'Hi {{traits.firstName | "pro"}}', ctaUrl: 'https://example.com/pro' } } });
    expect(res.status(), await res.text()).toBe(201);
    const pro = (await res.json()).variant;
    expect(pro.content).toEqual({ headline: 'Hi {{traits.firstName | "pro"}}', body: '', imageUrl: '', ctaText: '', ctaUrl: 'https://example.com/pro', layout: 'hero-left' });
    res = await writer.post(`/api/v1/slots/${slot.id}/variants`, { data: { name: 'Everyone', segmentKey: null, content: { headline: 'Welcome' } } });
    expect(res.status()).toBe(201);
    const fallback = (await res.json()).variant;

    const detail = await (await reader.get(`/api/v1/slots/${slot.id}`)).json();
    expect(detail.slot.variants.map((v: { name: string }) => v.name)).toEqual(['Everyone', 'Pro']);
    expect(detail.slot.variantCount).toBe(2);
    expect((await (await reader.get(`/api/v1/slots/${slot.id}/variants`)).json()).variants).toHaveLength(2);
    expect((await (await reader.get('/api/v1/slots')).json()).slots).toEqual([expect.objectContaining({ id: slot.id, variantCount: 2 })]);

    res = await writer.patch(`/api/v1/slots/${slot.id}/variants/${pro.id}`, { data: { content: { headline: 'Pro at last', layout: 'centered' } } });
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).variant).toMatchObject({ name: 'Pro', segmentKey: 'pro', content: { headline: 'Pro at last', layout: 'centered' } });
    res = await writer.patch(`/api/v1/slots/${slot.id}`, { data: { name: 'Hero', key: 'hero' } });
    expect((await res.json()).slot).toMatchObject({ key: 'hero', name: 'Hero', treeId });

    expect((await writer.delete(`/api/v1/slots/${slot.id}/variants/${fallback.id}`)).status()).toBe(204);
    expect((await writer.delete(`/api/v1/slots/${slot.id}/variants/${fallback.id}`)).status()).toBe(404);
    expect((await writer.delete(`/api/v1/slots/${slot.id}`)).status()).toBe(204);
    expect((await reader.get(`/api/v1/slots/${slot.id}`)).status()).toBe(404);
    expect((await writer.patch(`/api/v1/slots/${slot.id}/variants/${pro.id}`, { data: { name: 'x' } })).status()).toBe(404);
  });

  test('rules: a published tree, its segments, one variant per segment, unique keys, valid content', async ({ account }) => {
    const treeId = await publishTree(account, 'Plans', plans);
    const draft = await (await account.session.post('/api/v1/trees', { data: { name: 'Draft' } })).json();
    const api = account.session;
    const expectError = async (res: APIResponse, status: number, path?: (string | number)[]) => {
      expect(res.status(), await res.text()).toBe(status);
      const body = await res.json();
      if (path) expect(body.error.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
      return body.error;
    };
    await expectError(await api.post('/api/v1/slots', { data: { key: 'a', name: 'A', treeId: draft.tree.id } }), 422, ['treeId']);
    await expectError(await api.post('/api/v1/slots', { data: { key: 'a', name: 'A', treeId: 'no-such-tree' } }), 422, ['treeId']);
    await expectError(await api.post('/api/v1/slots', { data: { key: 'Bad Key', name: 'A' } }), 422, ['key']);
    await expectError(await api.post('/api/v1/slots', { data: { key: 'a' } }), 422, ['name']);

    const slotId = await createSlot(account, 'hero', treeId, []);
    await expectError(await api.post('/api/v1/slots', { data: { key: 'hero', name: 'Again' } }), 409);
    const variants = `/api/v1/slots/${slotId}/variants`;
    await expectError(await api.post(variants, { data: { name: 'X', segmentKey: 'nope', content: {} } }), 422, ['segmentKey']);
    expect((await api.post(variants, { data: { name: 'Pro', segmentKey: 'pro', content: {} } })).status()).toBe(201);
    const dup = await expectError(await api.post(variants, { data: { name: 'Pro 2', segmentKey: 'pro', content: {} } }), 409);
    expect(dup.message).toContain("segment 'pro'");
    expect((await api.post(variants, { data: { name: 'Default', segmentKey: null, content: {} } })).status()).toBe(201);
    await expectError(await api.post(variants, { data: { name: 'Default 2', segmentKey: null, content: {} } }), 409);

    await expectError(await api.post(variants, { data: { name: 'JS', segmentKey: 'free', content: { ctaUrl: 'javascript:alert(1)' } } }), 422, ['content', 'ctaUrl']);
    await expectError(await api.post(variants, { data: { name: 'Bad', segmentKey: 'free', content: { headline: 'Hi {{traits.name' } } }), 422, ['content', 'headline']);
    await expectError(await api.post(variants, { data: { name: 'Bad', segmentKey: 'free', content: { headline: 'x', html: '<b>' } } }), 422);
    await expectError(await api.post(variants, { data: { name: 'Bad', segmentKey: 'free', content: { layout: 'grid' } } }), 422, ['content', 'layout']);

    // A slot without a tree takes only the default variant.
    const bare = await createSlot(account, 'bare', null, [{ name: 'Default', segmentKey: null, content: { headline: 'All' } }]);
    await expectError(await api.post(`/api/v1/slots/${bare}/variants`, { data: { name: 'Pro', segmentKey: 'pro', content: {} } }), 422, ['segmentKey']);
    const malformed = await api.post(variants, { data: Buffer.from('{'), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
  });

  test('preview renders each variant for a sample member of its segment; unsaved variants too', async ({ account }) => {
    await ingestProfiles(account, [
      { externalId: 'ann', traits: { plan: 'pro', firstName: 'Ann <3' }, context: { city: 'Lyon' } },
      { externalId: 'bo', traits: { plan: 'free', firstName: 'Bo' } },
    ]);
    const treeId = await publishTree(account, 'Plans', plans);
    const slotId = await createSlot(account, 'hero', treeId, [
      { name: 'Pro', segmentKey: 'pro', content: { headline: 'Hi {{traits.firstName}} in {{context.city | "town"}} ({{segment.name}})' } },
      { name: 'Default', segmentKey: null, content: { headline: 'Hi {{traits.firstName | "there"}}' } },
    ]);
    const reader = await account.keyed(['read']);
    let res = await reader.post(`/api/v1/slots/${slotId}/preview`, { data: {} });
    expect(res.status(), await res.text()).toBe(200);
    let { previews } = await res.json();
    expect(previews).toEqual([
      { variantId: expect.any(String), segmentKey: null, segmentName: null, sample: null, content: expect.objectContaining({ headline: 'Hi there' }) },
      { variantId: expect.any(String), segmentKey: 'pro', segmentName: 'PRO', sample: { externalId: 'ann' }, content: expect.objectContaining({ headline: 'Hi Ann &lt;3 in Lyon (PRO)' }) },
    ]);
    res = await reader.post(`/api/v1/slots/${slotId}/preview`, { data: { variants: [{ segmentKey: 'free', content: { headline: '{{traits.firstName}}!' } }] } });
    ({ previews } = await res.json());
    expect(previews).toEqual([expect.objectContaining({ variantId: null, segmentKey: 'free', sample: { externalId: 'bo' }, content: expect.objectContaining({ headline: 'Bo!' }) })]);
    res = await reader.post(`/api/v1/slots/${slotId}/preview`, { data: { variants: [{ segmentKey: null, content: { ctaUrl: 'data:x' } }] } });
    expect(res.status()).toBe(422);
  });
});
