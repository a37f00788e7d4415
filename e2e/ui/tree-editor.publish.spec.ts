// The editor's panels end to end in Chromium: a segment edited in the SegmentPanel (name, key,
// colour, sample members, the minimum-size warning), publishing with the diff of who moves,
// publishing again after an edit, and restoring a version from the history onto the canvas.
// With SCREENSHOTS=1 it also refreshes docs/images/publish-diff.png.
import { canvasCounts, createTree, node, openEditor, SAMPLE, savedDocument, seedAudience, waitForFreshCounts, waitForSaved } from './tree-editor.helpers';
import { expect, test } from './ui-fixtures';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 120_000 });

// The sample tree without the split's label, so the node shows its condition in words.
const TREE = { ...SAMPLE, nodes: SAMPLE.nodes.map((n) => (n.id === 'age' ? { ...n, data: { condition: (n.data as { condition: unknown }).condition } } : n)) };

test('edit a segment, publish with the diff, publish again, restore a version onto the canvas', async ({ signedInPage: page, account }) => {
  await seedAudience(account);
  const treeId = await createTree(account, { document: TREE });
  const api = account.session;
  await openEditor(page, treeId);
  await waitForFreshCounts(page);

  // The SegmentPanel: name, key, colour; its size, sample members and the minimum-size warning
  // (24 profiles: every segment is under the default minimum of 500).
  await node(page, 'adults').click();
  const panel = page.getByRole('region', { name: /^Segment / });
  await panel.getByLabel('Segment name').fill('Grown-ups');
  await panel.getByLabel('Segment key').fill('grown-ups');
  await panel.getByRole('radio', { name: '#22c55e' }).click();
  await expect(node(page, 'adults')).toContainText('Grown-ups');
  await expect(panel.getByText('Smaller than the workspace minimum')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Sample members' }).getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  await waitForSaved(page);
  await waitForFreshCounts(page);
  const preview = await (await api.post('/api/v1/preview', { data: { tree: await savedDocument(account, treeId), treeId } })).json();
  await expect(panel.getByTestId('segment-size')).toContainText(String(preview.segments['grown-ups']));
  expect((await savedDocument(account, treeId)).nodes.find((n: { id: string }) => n.id === 'adults').data).toEqual({ key: 'grown-ups', name: 'Grown-ups', color: '#22c55e' });

  // First publish: everyone enters a segment; the badge follows.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('moved-summary')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Published v1')).toBeVisible();

  // An edit, then the diff: profiles aged 18–39 move from Grown-ups to Minors, as the API counts.
  await node(page, 'age').click();
  await page.getByTestId('condition-editor').getByLabel('Value', { exact: true }).fill('40');
  await expect(node(page, 'age')).toContainText('Age is at least 40');
  await waitForSaved(page);
  await waitForFreshCounts(page);
  const diff = await (await api.post(`/api/v1/trees/${treeId}/diff`, { data: {} })).json();
  expect(diff.movement.moved).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByTestId('moved-summary')).toContainText(`${diff.movement.moved} of`, { timeout: 30_000 });
  await expect(dialog.getByText(`${diff.movement.moved} from Grown-ups to Minors`)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Node changes' })).toContainText('40');
  if (process.env.SCREENSHOTS) await dialog.screenshot({ path: 'docs/images/publish-diff.png' });
  await dialog.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Published v2')).toBeVisible();

  // Restore version 1 from the history: the canvas shows its condition again, with a fresh
  // undo history, the server's draft is version 1's, and a reload does not bring back the old draft.
  await page.getByRole('button', { name: 'Versions' }).click();
  await expect(page.getByTestId('tree-version')).toHaveCount(2);
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore version 1' }).click();
  await expect(node(page, 'age')).toContainText('Age is at least 18');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  const versionOne = (await (await api.get(`/api/v1/trees/${treeId}/versions/1`)).json()).version.document;
  expect(await savedDocument(account, treeId)).toEqual(versionOne);
  await waitForFreshCounts(page);
  const restored = await (await api.post('/api/v1/preview', { data: { tree: versionOne, treeId } })).json();
  expect(await canvasCounts(page)).toEqual(restored.nodes);

  await page.reload();
  await expect(node(page, 'age')).toContainText('Age is at least 18', { timeout: 30_000 });
  await expect(page.getByText('Restored changes from this browser')).toHaveCount(0);
  expect(await savedDocument(account, treeId)).toEqual(versionOne);
});
