import { expect, test } from './ui-fixtures';

test.describe('dashboard shell', () => {
  test('every sidebar link opens a real page with a heading', async ({ signedInPage: page }) => {
    await page.goto('/trees');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Trees', 'Content', 'Experiments', 'Profiles', 'Data', 'Settings']) {
      await nav.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    }
  });

  test('features still to come say what will be there and link only to working pages', async ({ signedInPage: page }) => {
    for (const [path, title] of [['/trees', 'No segmentation trees yet'], ['/content', 'No content slots yet'], ['/experiments', 'No experiments yet']]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      const main = page.getByRole('main');
      for (const href of await main.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        const res = await page.request.get(href!);
        expect(res.status(), `${path} links to ${href}`).toBe(200);
      }
    }
  });

  test('the workspace switcher lists only my workspaces and switches between them', async ({ signedInPage: page, account }) => {
    await page.goto('/settings');
    await page.getByRole('button', { name: /Switch workspace/ }).click();
    await expect(page.getByRole('menuitem')).toHaveCount(2); // the one workspace + "New workspace"
    await page.getByRole('menuitem', { name: 'New workspace' }).click();
    await page.getByLabel('Workspace name').fill('Second brand');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByTestId('current-workspace')).toHaveText('Second brand');
    await expect(page).toHaveURL(/\/settings$/);

    await page.getByRole('button', { name: /Switch workspace/ }).click();
    await page.getByRole('menuitem', { name: /E2E workspace/ }).click();
    await expect(page.getByTestId('current-workspace')).toHaveText('E2E workspace');
    // The API follows the same choice: the session now acts in the first workspace.
    const res = await page.request.get('/api/v1/workspace/settings');
    expect((await res.json()).workspace.id).toBe(account.workspaceId);
  });
});
