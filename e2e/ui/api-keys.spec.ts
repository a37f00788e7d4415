import { expect, test } from './ui-fixtures';

test.describe('API keys in settings', () => {
  test('a key is shown once, works with its scopes, and stops working when revoked', async ({ signedInPage: page, playwright, baseURL }) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'No API keys yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name').fill('Checkout server');
    await dialog.getByRole('checkbox', { name: /ingest/ }).uncheck();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await expect(dialog.getByText('Pick at least one scope.')).toBeVisible();
    await dialog.getByRole('checkbox', { name: /read/ }).check();
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByRole('dialog', { name: 'Your new API key' });
    const key = await shown.getByLabel('New API key').inputValue();
    expect(key).toMatch(/^as_live_/);
    await expect(shown.getByRole('button', { name: 'Copy' })).toBeVisible();
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(shown).toBeHidden();

    const row = page.getByTestId('api-key-row').filter({ hasText: 'Checkout server' });
    await expect(row).toContainText(key.slice(0, 14));
    await expect(row).toContainText('read');
    await expect(page.locator('body')).not.toContainText(key);
    await page.reload();
    await expect(page.locator('body')).not.toContainText(key);

    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
    expect((await api.get('/api/v1/workspace/members')).status()).toBe(200);
    await page.getByRole('button', { name: 'Revoke key Checkout server' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await expect(page.getByRole('heading', { name: 'No API keys yet' })).toHaveCount(0);
    await expect(page.getByTestId('api-key-row')).toHaveCount(0); // revoked keys are folded away
    await page.getByRole('button', { name: 'Show 1 revoked key' }).click();
    await expect(page.getByTestId('api-key-row').filter({ hasText: 'Revoked' })).toHaveCount(1);
    expect((await api.get('/api/v1/workspace/members')).status()).toBe(401);
    await api.dispose();
  });
});
