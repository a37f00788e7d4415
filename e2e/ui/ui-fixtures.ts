// UI fixtures on top of the shared ones: a browser page signed in as the test's own account
// (its session cookie copied from the API context), and helpers to seed data over HTTP.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test as base, type Account } from '../fixtures';

export const test = base.extend<{ signedInPage: Page }>({
  signedInPage: async ({ account, page, context }, use) => {
    const { cookies } = await account.session.storageState();
    await context.addCookies(cookies);
    await use(page);
  },
});

export { expect };

export interface SeedProfile {
  externalId: string;
  traits?: Record<string, unknown>;
  consent?: Record<string, unknown>;
  context?: Record<string, unknown>;
}

export interface SeedEvent {
  externalId: string;
  event: string;
  timestamp?: string;
  properties?: Record<string, unknown>;
  messageId?: string;
}

/** Ingests through the public API with an `ingest` key, as a customer's backend would. */
export async function seed(account: Account, data: { profiles?: SeedProfile[]; events?: SeedEvent[] }): Promise<APIRequestContext> {
  const api = await account.keyed(['ingest']);
  if (data.profiles?.length) {
    const res = await api.post('/api/v1/profiles', { data: { profiles: data.profiles } });
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).accepted).toBe(data.profiles.length);
  }
  if (data.events?.length) {
    const res = await api.post('/api/v1/events', { data: { events: data.events } });
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).accepted).toBe(data.events.length);
  }
  return api;
}
