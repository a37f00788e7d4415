// Helpers for the workspace API specs: a second member of an account's workspace, made the
// way a real teammate joins (an invitation link, then a password sign-in).
import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { expect, signIn, uniqueEmail, type Account } from '../fixtures';

type Playwright = PlaywrightWorkerArgs['playwright'];
export type Role = 'owner' | 'editor' | 'viewer';

export interface Member {
  email: string;
  password: string;
  membershipId: string;
  session: APIRequestContext;
}

export async function invite(owner: Account, role: Role, email?: string): Promise<{ token: string; url: string; id: string }> {
  const res = await owner.session.post('/api/v1/workspace/invitations', { data: { role, ...(email ? { email } : {}) } });
  expect(res.status(), await res.text()).toBe(201);
  const body = await res.json();
  return { token: body.token, url: body.url, id: body.invitation.id };
}

export async function addMember(playwright: Playwright, baseURL: string, owner: Account, role: Role): Promise<Member> {
  const { token } = await invite(owner, role);
  const email = uniqueEmail(role);
  const password = `pw-${role}-${Date.now()}`;
  const anon = await playwright.request.newContext({ baseURL });
  const accepted = await anon.post(`/api/account/invitations/${token}`, { data: { mode: 'new', email, password } });
  expect(accepted.status(), await accepted.text()).toBe(201);
  await anon.dispose();
  const session = await signIn(playwright, baseURL, email, password);
  const { members } = await (await owner.session.get('/api/v1/workspace/members')).json();
  const membershipId = members.find((m: { user: { email: string } }) => m.user.email === email).id;
  return { email, password, membershipId, session };
}

export async function ownMembershipId(account: Account): Promise<string> {
  const { members } = await (await account.session.get('/api/v1/workspace/members')).json();
  return members.find((m: { user: { email: string } }) => m.user.email === account.email).id;
}
