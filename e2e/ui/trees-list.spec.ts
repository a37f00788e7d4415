import { addMember } from '../api/workspace-helpers';
import { expect, seed, test } from './ui-fixtures';

// The trees list: create from a template (into the editor), see status and segment sizes
// after a publish, duplicate, rename, and delete — refused with the API's reason while
// another published tree uses a segment.
test.describe('trees list', () => {
  test('create from a template, publish, duplicate, rename and delete', async ({ signedInPage: page, account }) => {
    await seed(account, {
      profiles: Array.from({ length: 12 }, (_, i) => ({ externalId: `t${i}`, context: { device: i % 2 ? 'mobile' : 'desktop' } })),
    });
    await page.goto('/trees');
    await expect(page.getByRole('heading', { name: 'No segmentation trees yet' })).toBeVisible();

    await page.getByRole('button', { name: 'New tree' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New tree' });
    await dialog.getByRole('radio', { name: /Device × engagement/ }).check();
    await dialog.getByLabel('Name').fill('Devices');
    await dialog.getByRole('button', { name: 'Create tree' }).click();
    await expect(page).toHaveURL(/\/trees\/[^/]+$/);
    const treeId = page.url().split('/').pop()!;

    await page.goto('/trees');
    const rowOf = (name: string) => page.getByTestId('tree-row').filter({ has: page.getByRole('link', { name, exact: true }) });
    const row = rowOf('Devices');
    await expect(row).toContainText('Draft');
    await expect(row.getByRole('link', { name: 'Devices' })).toHaveAttribute('href', `/trees/${treeId}`);

    expect((await account.session.post(`/api/v1/trees/${treeId}/publish`)).status()).toBe(201);
    await page.reload();
    await expect(row).toContainText('Published v1');
    await expect(row).toContainText(`by ${account.email}`);
    await expect(row.getByRole('img', { name: /Segment sizes — Mobile, engaged: 0, Mobile, casual: 6/ })).toBeVisible();
    await expect(row).toContainText('4 segments · 12 profiles');

    // Duplicate: a draft copy whose keys do not collide with the published ones.
    await row.getByRole('button', { name: 'Actions for Devices', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    const copy = rowOf('Devices (copy)');
    await expect(copy).toContainText('Draft');

    // Rename the copy.
    await copy.getByRole('button', { name: 'Actions for Devices (copy)' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename tree' });
    await rename.getByLabel('Name').fill('Devices B');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rowOf('Devices B')).toBeVisible();

    // Another published tree reads a segment of "Devices": deleting it is refused, with the reason.
    const user = {
      version: 1,
      nodes: [
        { id: 'root', type: 'root', position: { x: 0, y: 0 } },
        { id: 'in', type: 'split', position: { x: 0, y: 100 }, data: { condition: { type: 'segment', operator: 'in', segment: 'mobile-casual' } } },
        { id: 's', type: 'segment', position: { x: 0, y: 200 }, data: { key: 'casual-again', name: 'Casual again', color: '#6366f1' } },
      ],
      edges: [{ source: 'root', target: 'in', branch: 'all' }, { source: 'in', target: 's', branch: 'yes' }],
    };
    const created = await account.session.post('/api/v1/trees', { data: { name: 'Reader', document: user } });
    const readerId = (await created.json()).tree.id;
    expect((await account.session.post(`/api/v1/trees/${readerId}/publish`)).status()).toBe(201);
    await page.reload();
    await row.getByRole('button', { name: 'Actions for Devices', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Devices”?' });
    await confirm.getByRole('button', { name: 'Delete tree' }).click();
    await expect(confirm.getByRole('alert')).toContainText("'mobile-casual' (used by tree 'Reader')");
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(row).toBeVisible();

    // The copy goes after confirmation.
    const b = rowOf('Devices B');
    await b.getByRole('button', { name: 'Actions for Devices B' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete “Devices B”?' }).getByRole('button', { name: 'Delete tree' }).click();
    await expect(b).toHaveCount(0);
    await expect(page.getByTestId('tree-row')).toHaveCount(2);
  });

  test('viewers see the list without edit actions', async ({ account, browser, playwright, baseURL }) => {
    await account.session.post('/api/v1/trees', { data: { template: 'rfm-tiers' } });
    const viewer = await addMember(playwright, baseURL!, account, 'viewer');
    const context = await browser.newContext({ baseURL });
    await context.addCookies((await viewer.session.storageState()).cookies);
    const page = await context.newPage();
    await page.goto('/trees');
    await expect(page.getByTestId('tree-row').filter({ hasText: 'RFM tiers' })).toContainText('Publish to see sizes');
    await expect(page.getByRole('button', { name: 'New tree' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Actions for/ })).toHaveCount(0);
    await context.close();
    await viewer.session.dispose();
  });
});
