// The tree editor in Chromium against `next start`: drawing with real mouse drags, editing a
// condition, counts that equal the preview API's, undo/redo, copy/paste, auto-layout,
// autosave across a reload, and a read-only canvas for viewers.
import { addMember } from '../api/workspace-helpers';
import {
  canvasCounts,
  openEditor,
  createTree,
  dragConnection,
  dragFromPalette,
  handle,
  node,
  nodeIdsOf,
  SAMPLE,
  savedDocument,
  seedAudience,
  setCondition,
  waitForFreshCounts,
  waitForSaved,
} from './tree-editor.helpers';
import { expect, test } from './ui-fixtures';

test.use({ viewport: { width: 1440, height: 900 } });
// Real drags on a shared, busy machine: give each test room.
test.describe.configure({ timeout: 90_000 });

test('draw a tree from the palette, edit a condition, and see the counts the preview API gives', async ({ signedInPage: page, account }) => {
  await seedAudience(account);
  const treeId = await createTree(account);
  await openEditor(page, treeId);
  await expect(page.getByTestId('empty-hint')).toBeVisible();

  await dragFromPalette(page, 'split', 560, 330);
  await expect(page.locator('[data-kind="split"]')).toHaveCount(1);
  const [split] = await nodeIdsOf(page, 'split');
  await dragConnection(page, handle(page, 'root', 'all'), handle(page, split, 'in'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);

  // The condition, through the inspector's ConditionEditor: field picker, operator, value.
  await node(page, split).click();
  await setCondition(page, { field: 'age', operator: 'gte', value: '30' });
  await expect(node(page, split)).toContainText('Age is at least 30');

  await dragFromPalette(page, 'segment', 420, 560);
  await dragFromPalette(page, 'segment', 760, 560);
  const segments = await nodeIdsOf(page, 'segment');
  expect(segments).toHaveLength(2);
  await dragConnection(page, handle(page, split, 'yes'), handle(page, segments[0], 'in'));
  await dragConnection(page, handle(page, split, 'no'), handle(page, segments[1], 'in'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // A refused connection says why: a second way into a segment.
  await dragConnection(page, handle(page, split, 'no'), node(page, segments[0]));
  await expect(page.getByTestId('toast').last()).toContainText('already');

  await waitForSaved(page);
  await waitForFreshCounts(page);
  const document = await savedDocument(account, treeId);
  expect(document.nodes).toHaveLength(4);
  const preview = await (await account.session.post('/api/v1/preview', { data: { tree: document, treeId } })).json();
  expect(preview.total).toBe(24);
  expect(await canvasCounts(page)).toEqual(preview.nodes);
  await expect(page.getByTestId('excluded-no-consent')).toHaveAttribute('data-count', String(preview.excludedNoConsent));
  // The adults' edge carries exactly the yes-branch count.
  await expect(page.getByTestId(`edge-label-${split}:yes`)).toHaveAttribute('data-flow', String(preview.nodes[segments[0]]));

  // Another condition edit: counts follow, still equal to the API's.
  await node(page, split).click();
  await page.getByTestId('condition-editor').getByLabel('Value', { exact: true }).fill('40');
  await expect(node(page, split)).toContainText('Age is at least 40');
  await waitForSaved(page);
  await waitForFreshCounts(page);
  const again = await (await account.session.post('/api/v1/preview', { data: { tree: await savedDocument(account, treeId), treeId } })).json();
  expect(again.nodes[segments[0]]).not.toBe(preview.nodes[segments[0]]);
  expect(await canvasCounts(page)).toEqual(again.nodes);
});

test('open branches show unassigned profiles; a broken node says why; a connection dropped on empty canvas adds a node', async ({ signedInPage: page, account }) => {
  await seedAudience(account);
  const treeId = await createTree(account, { document: { ...SAMPLE, edges: SAMPLE.edges.slice(0, 2) } });
  await openEditor(page, treeId);
  await waitForFreshCounts(page);
  const preview = await (await account.session.post('/api/v1/preview', { data: { tree: await savedDocument(account, treeId) } })).json();
  await expect(node(page, 'age').getByTestId('branch-no').getByTestId('unassigned')).toHaveAttribute('data-count', String(preview.unassignedAt.age.no));
  await expect(node(page, 'age').getByTestId('node-issue')).toContainText("no 'no' branch");

  // A value that is not a number yet is an error: shown on the node, counts pause, and the
  // draft is still saved (the server keeps drafts with problems; only publish refuses them).
  await node(page, 'age').click();
  const value = page.getByTestId('condition-editor').getByLabel('Value', { exact: true });
  await value.fill('eighteen');
  await expect(node(page, 'age').getByTestId('node-issue').first()).toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('count-status')).toHaveAttribute('data-state', 'paused');
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await expect.poll(async () => (await (await account.session.get(`/api/v1/trees/${treeId}`)).json()).tree.errors.length, { timeout: 15_000 }).toBeGreaterThan(0);
  await waitForSaved(page);
  await value.fill('18');
  await waitForSaved(page);
  await waitForFreshCounts(page);
  expect((await (await account.session.get(`/api/v1/trees/${treeId}`)).json()).tree.errors).toEqual([]);

  // A connection dropped on empty canvas offers a new node there, already connected.
  const no = (await handle(page, 'age', 'no').boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.move(no.x + no.width / 2, no.y + no.height / 2);
  await page.mouse.down();
  await page.mouse.move(no.x + 60, no.y + 30, { steps: 6 });
  await page.mouse.move(canvas.x + canvas.width - 60, no.y + 40, { steps: 10 }); // right of every node
  await page.mouse.up();
  await page.getByTestId('quick-add').getByRole('menuitem', { name: /Segment/ }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(node(page, 'age').getByTestId('unassigned')).toHaveCount(0);
  await waitForSaved(page);
  await waitForFreshCounts(page);
  const full = await (await account.session.post('/api/v1/preview', { data: { tree: await savedDocument(account, treeId) } })).json();
  expect(full.unassigned).toBe(0);
  expect(await canvasCounts(page)).toEqual(full.nodes);
});

test('undo/redo, copy/paste, delete and auto-layout', async ({ signedInPage: page, account }) => {
  // Every node stacked on one spot, as an import might leave them.
  const stacked = { ...SAMPLE, nodes: SAMPLE.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
  const treeId = await createTree(account, { document: stacked });
  await openEditor(page, treeId);

  // Auto-layout spreads the stacked nodes: yes-child left of no-child, below the split.
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(async () => {
    const [split, adults, minors] = await Promise.all(['age', 'adults', 'minors'].map((id) => node(page, id).boundingBox()));
    expect(adults!.y).toBeGreaterThan(split!.y + split!.height);
    expect(adults!.x + adults!.width).toBeLessThan(minors!.x);
  }).toPass();
  await waitForSaved(page);
  const laidOut = await savedDocument(account, treeId);
  expect(new Set(laidOut.nodes.map((n: { position: { x: number; y: number } }) => `${n.position.x},${n.position.y}`)).size).toBe(4);

  // Copy a segment and paste it twice: fresh ids and keys.
  await node(page, 'adults').click();
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Control+V');
  await expect(page.locator('[data-kind="segment"]')).toHaveCount(4);
  await expect(page.locator('[data-kind="segment"]').nth(2)).toContainText('adults-2');
  await expect(page.locator('[data-kind="segment"]').nth(3)).toContainText('adults-3');

  // Undo both pastes, redo one.
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(page.locator('[data-kind="segment"]')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator('[data-kind="segment"]')).toHaveCount(3);

  // Delete the pasted node with the keyboard; the root refuses to go.
  await page.locator('[data-kind="segment"]').nth(2).click();
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-kind="segment"]')).toHaveCount(2);
  await node(page, 'root').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('toast').last()).toContainText('The root stays');
  await expect(node(page, 'root')).toBeVisible();

  // Deleting a node takes its connections; its children stay. Undo brings all back.
  await node(page, 'age').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(node(page, 'minors')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // Delete one connection (clicked just below its branch handle): the no branch opens.
  const no = (await handle(page, 'age', 'no').boundingBox())!;
  await page.mouse.click(no.x + no.width / 2, no.y + no.height / 2 + 14);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(node(page, 'age').getByTestId('branch-no').getByTestId('unassigned')).toBeVisible();

  // Select all, then the help overlay.
  await page.keyboard.press('Control+A');
  await expect(page.locator('[data-selected="true"]')).toHaveCount(4);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  await expect(page.getByTestId('shortcuts-help')).toContainText('Tidy up (auto-layout)');
});

test('autosave survives a reload and leaving the page at once', async ({ signedInPage: page, account }) => {
  const treeId = await createTree(account, { document: SAMPLE });
  await openEditor(page, treeId);
  await node(page, 'age').click();
  await page.getByLabel('Label', { exact: true }).fill('Grown up?');
  await dragFromPalette(page, 'switch', 640, 120);
  await expect(page.locator('[data-kind="switch"]')).toHaveCount(1);
  await waitForSaved(page);
  await page.reload();
  await expect(node(page, 'root')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-kind="switch"]')).toHaveCount(1);
  await expect(node(page, 'age')).toContainText('Grown up?');
  const document = await savedDocument(account, treeId);
  expect(document.nodes.map((n: { type: string }) => n.type)).toContain('switch');
  // Nothing was left for the local backup to restore.
  await expect(page.getByText('Restored changes from this browser')).toHaveCount(0);

  // Leaving right after an edit, before the autosave delay: the edit is not lost.
  await node(page, 'age').click();
  await page.getByLabel('Label', { exact: true }).fill('Left in a hurry');
  await page.getByRole('link', { name: 'Back to trees' }).click();
  await expect(page).toHaveURL(/\/trees$/);
  await openEditor(page, treeId);
  await expect(node(page, 'age')).toContainText('Left in a hurry');
  await waitForSaved(page);
  await expect.poll(async () => (await savedDocument(account, treeId)).nodes.find((n: { id: string }) => n.id === 'age').data.label).toBe('Left in a hurry');
});

test('a viewer gets a read-only canvas', async ({ account, browser, playwright, baseURL }) => {
  const treeId = await createTree(account, { document: SAMPLE });
  const viewer = await addMember(playwright, baseURL!, account, 'viewer');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies((await viewer.session.storageState()).cookies);
  const page = await context.newPage();
  await openEditor(page, treeId);
  await expect(page.getByTestId('read-only-badge')).toBeVisible();
  await expect(page.getByTestId('palette-split')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await node(page, 'age').click();
  await expect(page.getByTestId('condition-editor').getByLabel('Value', { exact: true })).toBeDisabled();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+V');
  // Dragging a node pans the view instead of moving the node.
  const before = (await node(page, 'age').boundingBox())!;
  const minorsBefore = (await node(page, 'minors').boundingBox())!;
  await page.mouse.move(before.x + 40, before.y + 30);
  await page.mouse.down();
  await page.mouse.move(before.x + 240, before.y + 130, { steps: 6 });
  await page.mouse.up();
  const after = (await node(page, 'age').boundingBox())!;
  const minorsAfter = (await node(page, 'minors').boundingBox())!;
  expect(after.x - before.x).toBeCloseTo(minorsAfter.x - minorsBefore.x, 0);
  await expect(page.locator('[data-kind]')).toHaveCount(4);
  await expect(page.getByTestId('save-status')).toHaveCount(0);
  expect(await savedDocument(account, treeId)).toEqual(SAMPLE);
  await viewer.session.dispose();
  await context.close();
});

test("a tree of another workspace, or none, is not found", async ({ signedInPage: page, otherAccount }) => {
  const foreign = await createTree(otherAccount, { document: SAMPLE });
  for (const id of [foreign, 'no-such-tree']) {
    await page.goto(`/trees/${id}`);
    await expect(page.getByRole('heading', { name: 'Tree not found' })).toBeVisible();
    await expect(page.getByTestId('node-root')).toHaveCount(0);
  }
});
