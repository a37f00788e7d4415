import { uniqueEmail } from '../fixtures';
import { expect, test } from './ui-fixtures';

test.describe('authentication', () => {
  test('sign up through the UI, sign out, and sign back in', async ({ page }) => {
    const email = uniqueEmail('ui');
    const password = 'correct-horse-1';
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Workspace name').fill('Analytical Engines');
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page).toHaveURL(/\/trees$/);
    await expect(page.getByTestId('current-workspace')).toHaveText('Analytical Engines');
    await expect(page.getByRole('heading', { name: 'Trees', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/login$/);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(email);

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/trees$/);
    await expect(page.getByTestId('current-workspace')).toHaveText('Analytical Engines');
  });

  test('sign-up shows what is wrong with each field, and a taken email', async ({ page, account }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Work email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
    await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
    await expect(page.getByText('Name your workspace.')).toBeVisible();
    await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Work email').fill(account.email);
    await page.getByLabel('Password').fill('long-enough-1');
    await page.getByLabel('Workspace name').fill('Dup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('An account with that email already exists. Sign in instead.')).toBeVisible();
  });

  test('every dashboard page sends a signed-out visitor to /login', async ({ page }) => {
    for (const path of ['/', '/trees', '/content', '/experiments', '/profiles', '/profiles/someone', '/data', '/settings']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login$/);
    }
  });

  test('a signed-in visitor of /login or /sign-up lands in the app', async ({ signedInPage: page }) => {
    await page.goto('/login');
    await expect(page).toHaveURL(/\/trees$/);
    await page.goto('/sign-up');
    await expect(page).toHaveURL(/\/trees$/);
  });
});
