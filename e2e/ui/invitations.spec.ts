import { uniqueEmail } from '../fixtures';
import { expect, test } from './ui-fixtures';

test.describe('invitations', () => {
  test('an owner invites a viewer by link; the new user joins and cannot create API keys', async ({ signedInPage: page, browser }) => {
    await page.goto('/settings');
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    await expect(page.getByTestId('invitation-row')).toHaveCount(1);
    await expect(page.getByTestId('invitation-row')).toContainText('viewer');

    // A stranger's browser: no cookies.
    const guest = await browser.newContext();
    const invitee = await guest.newPage();
    await invitee.goto(link);
    await expect(invitee.getByRole('heading', { name: 'Join E2E workspace' })).toBeVisible();
    await expect(invitee.getByText('viewer', { exact: true })).toBeVisible();
    const email = uniqueEmail('viewer');
    await invitee.getByLabel('Your name').fill('Vera Viewer');
    await invitee.getByLabel('Email').fill(email);
    await invitee.getByLabel('Choose a password').fill('viewer-pass-1');
    await invitee.getByRole('button', { name: 'Create account and join' }).click();
    await expect(invitee).toHaveURL(/\/trees$/);
    await expect(invitee.getByTestId('current-workspace')).toHaveText('E2E workspace');

    await invitee.goto('/settings');
    await expect(invitee.getByRole('heading', { name: 'Members' })).toBeVisible();
    await expect(invitee.getByTestId('member-row')).toHaveCount(2);
    await expect(invitee.getByRole('button', { name: 'Create API key' })).toHaveCount(0);
    await expect(invitee.getByRole('button', { name: 'Create invite link' })).toHaveCount(0);
    await expect(invitee.getByText('Only workspace owners can invite people')).toBeVisible();
    await expect(invitee.getByLabel('Name', { exact: true })).toBeDisabled();
    const res = await invitee.request.post('/api/v1/workspace/api-keys', { data: { name: 'sneaky', scopes: ['read'] } });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');

    // The owner now sees the viewer, and the used link is gone from the pending list.
    await page.reload();
    await expect(page.getByTestId('member-row').filter({ hasText: email })).toHaveCount(1);
    await expect(page.getByLabel(`Role of ${email}`)).toHaveValue('viewer');
    await expect(page.getByText('No pending invitations.')).toBeVisible();

    // A used link cannot be used twice.
    const again = await browser.newContext();
    const second = await again.newPage();
    await second.goto(link);
    await expect(second.getByText('This invitation has already been used.')).toBeVisible();
    await Promise.all([guest.close(), again.close()]);
  });

  test('an existing user joins with their password; a revoked link stops working', async ({ signedInPage: page, otherAccount, browser }) => {
    await page.goto('/settings');
    await page.getByLabel('Email (optional)').fill(otherAccount.email);
    await page.getByLabel('Role', { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();

    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await other.goto(link);
    await other.getByRole('tab', { name: 'I have an account' }).click();
    await expect(other.getByLabel('Email')).toHaveValue(otherAccount.email);
    await other.getByLabel('Password').fill('not-their-password');
    await other.getByRole('button', { name: 'Sign in and join' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
    await other.getByLabel('Password').fill(otherAccount.password);
    await other.getByRole('button', { name: 'Sign in and join' }).click();
    await expect(other).toHaveURL(/\/trees$/);
    await expect(other.getByTestId('current-workspace')).toHaveText('E2E workspace');
    await other.getByRole('button', { name: /Switch workspace/ }).click();
    await expect(other.getByRole('menuitem', { name: /E2E workspace/ })).toHaveCount(2); // theirs and ours
    await ctx.close();

    await page.getByRole('button', { name: 'Create invite link' }).click(); // a second, unused link
    await expect(page.getByLabel('Invite link')).not.toHaveValue(link);
    const revoked = await page.getByLabel('Invite link').inputValue();
    await page.getByRole('button', { name: /Revoke invitation/ }).click();
    await expect(page.getByText('No pending invitations.')).toBeVisible();
    const anon = await browser.newContext();
    const visitor = await anon.newPage();
    await visitor.goto(revoked);
    await expect(visitor.getByText('This invitation link is not valid.')).toBeVisible();
    await anon.close();
  });
});
