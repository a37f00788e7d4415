import type { SeedProfile } from '../../lib/audience/tests/fixtures';
import { generateDemoBatches } from '../../lib/demo';
import type { APIRequestContext } from '@playwright/test';
import { expect, type Account } from '../fixtures';

// Shared by the evaluate and slots specs: data in through the public ingest API, trees
// published through the trees API, slots and variants through theirs.

/** A small demo data set (lib/demo) as seed profiles: what the agreement test uses at scale. */
export function demoPeople(profiles: number, events: number, asOf: number, seed = 3): SeedProfile[] {
  const people: SeedProfile[] = [];
  for (const batch of generateDemoBatches({ profiles, events, seed, asOf })) {
    for (const p of batch.profiles) {
      const own = batch.events.filter((e) => e.profileIndex === p.index);
      people.push({
        externalId: p.externalId, traits: p.traits, consent: p.consent, context: { ...p.context },
        events: own.map((e) => ({ name: e.name, timestamp: e.timestamp, properties: e.properties, messageId: e.messageId })),
      });
    }
  }
  return people;
}

export async function ingestProfiles(account: Account, profiles: SeedProfile[]) {
  const api = await account.keyed(['ingest']);
  const res = await api.post('/api/v1/profiles', { data: { profiles: profiles.map(({ events: _e, ...p }) => p) } });
  expect(res.status(), await res.text()).toBe(200);
  expect((await res.json()).rejected).toEqual([]);
  const events = profiles.flatMap((p) =>
    (p.events ?? []).map((e) => ({
      externalId: p.externalId, event: e.name, timestamp: new Date(e.timestamp).toISOString(), properties: e.properties, messageId: e.messageId,
    })),
  );
  for (let i = 0; i < events.length; i += 1000) {
    const sent = await api.post('/api/v1/events', { data: { events: events.slice(i, i + 1000) } });
    expect(sent.status(), await sent.text()).toBe(200);
    expect((await sent.json()).rejected).toEqual([]);
  }
}

export function publishTree(account: Account, name: string, document: unknown): Promise<string> {
  return publishTreeVia(account.session, name, document);
}

/** Creates and publishes a tree through `api` (a session or a `write` key); returns its id. */
export async function publishTreeVia(api: APIRequestContext, name: string, document: unknown): Promise<string> {
  const created = await api.post('/api/v1/trees', { data: { name, document } });
  expect(created.status(), await created.text()).toBe(201);
  const { tree } = await created.json();
  const published = await api.post(`/api/v1/trees/${tree.id}/publish`);
  expect(published.status(), await published.text()).toBe(201);
  return tree.id;
}

type VariantInput = { name: string; segmentKey: string | null; content: object };

export async function createSlot(account: Account, key: string, treeId: string | null, variants: VariantInput[]): Promise<string> {
  return (await addSlot(account.session, { key, name: key, treeId }, variants)).id;
}

/** A slot and its variants through `api` (a session or a `write` key). */
export async function addSlot(api: APIRequestContext, slot: { key: string; name: string; treeId: string | null }, variants: VariantInput[]) {
  const res = await api.post('/api/v1/slots', { data: slot });
  expect(res.status(), await res.text()).toBe(201);
  const { slot: created } = await res.json();
  const variantIds: string[] = [];
  for (const v of variants) {
    const added = await api.post(`/api/v1/slots/${created.id}/variants`, { data: v });
    expect(added.status(), await added.text()).toBe(201);
    variantIds.push((await added.json()).variant.id);
  }
  return { id: created.id as string, variantIds };
}
