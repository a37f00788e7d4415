// Each test gets its own account (user + workspace), so tests run in parallel and every
// assertion about one workspace is also an isolation check against the others.
import { test as base, expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';

type Playwright = PlaywrightWorkerArgs['playwright'];
import { randomUUID } from 'node:crypto';

export type Scope = 'ingest' | 'evaluate' | 'read' | 'write';

export interface Account {
  email: string;
  password: string;
  workspaceId: string;
  /** Signed in as the workspace owner (session cookie). */
  session: APIRequestContext;
  /** A request context authenticated with a new API key of these scopes. */
  keyed(scopes: Scope[]): Promise<APIRequestContext>;
  /** Creates an API key with these scopes and returns it in clear. */
  apiKey(scopes: Scope[]): Promise<string>;
}

export async function signUp(request: APIRequestContext, email: string, password: string, workspaceName = 'E2E workspace') {
  const res = await request.post('/api/account/sign-up', { data: { email, password, workspaceName } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { user: { id: string }; workspace: { id: string } };
}

/** Signs in through Auth.js's credentials callback; the context keeps the session cookie. */
export async function signIn(playwright: Playwright, baseURL: string, email: string, password: string) {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get('/api/auth/csrf')).json();
  await ctx.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: baseURL },
    maxRedirects: 0,
  });
  const session = await (await ctx.get('/api/auth/session')).json();
  expect(session?.user?.email, `sign-in failed for ${email}`).toBe(email);
  return ctx;
}

export function uniqueEmail(tag = 'owner') {
  return `${tag}-${randomUUID().slice(0, 8)}@e2e.test`;
}

export async function createAccount(playwright: Playwright, baseURL: string, tag = 'owner'): Promise<Account & { dispose(): Promise<void> }> {
  const email = uniqueEmail(tag);
  const password = `pw-${randomUUID()}`;
  const anon = await playwright.request.newContext({ baseURL });
  const { workspace } = await signUp(anon, email, password);
  await anon.dispose();
  const session = await signIn(playwright, baseURL, email, password);
  const contexts: APIRequestContext[] = [session];
  const apiKey = async (scopes: Scope[]) => {
    const res = await session.post('/api/v1/workspace/api-keys', { data: { name: `e2e ${scopes.join('+')}`, scopes } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).key as string;
  };
  const keyed = async (scopes: Scope[]) => {
    const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${await apiKey(scopes)}` } });
    contexts.push(ctx);
    return ctx;
  };
  return {
    email, password, workspaceId: workspace.id, session, apiKey, keyed,
    dispose: async () => { await Promise.all(contexts.map((c) => c.dispose())); },
  };
}

export const test = base.extend<{ account: Account; otherAccount: Account }>({
  account: async ({ playwright, baseURL }, use) => {
    const account = await createAccount(playwright, baseURL!);
    await use(account);
    await account.dispose();
  },
  otherAccount: async ({ playwright, baseURL }, use) => {
    const account = await createAccount(playwright, baseURL!, 'other');
    await use(account);
    await account.dispose();
  },
});

export { expect };
