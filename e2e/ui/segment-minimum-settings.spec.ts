import { expect, test } from './ui-fixtures';

test.describe('workspace settings: segment minimum', () => {
  test('an owner changes the minimum size and share; bad values are explained', async ({ signedInPage: page, account }) => {
    await page.goto('/settings');
    const size = page.getByLabel('Minimum segment size (profiles)');
    const share = page.getByLabel('Minimum segment share (% of all profiles)');
    await expect(size).toHaveValue('500');
    await expect(share).toHaveValue('1');

    await size.fill('-5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Use 0 or more.')).toBeVisible();

    await size.fill('800');
    await share.fill('2.5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    const { workspace } = await (await account.session.get('/api/v1/workspace/settings')).json();
    expect(workspace).toMatchObject({ minSegmentSize: 800, minSegmentPercent: 2.5 });
  });
});
