// The condition panel inside the tree editor: pick fields fed by schema discovery, change
// operators and operands, nest groups, and see the draft saved with exactly that condition.
import { expect, seed, test } from './ui-fixtures';

const DOCUMENT = {
  version: 1,
  nodes: [
    { id: 'root', type: 'root', position: { x: 0, y: 0 }, data: { label: 'Everyone' } },
    { id: 'age', type: 'split', position: { x: 0, y: 150 }, data: { label: 'Adults', condition: { type: 'attribute', field: 'traits.age', operator: 'gte', value: 18 } } },
  ],
  edges: [{ source: 'root', target: 'age', branch: 'all' }],
};

test('edit a split condition by labels and roles; the draft stores it', async ({ account, signedInPage: page }) => {
  await seed(account, {
    profiles: Array.from({ length: 12 }, (_, i) => ({ externalId: `p${i}`, traits: { age: 20 + i, plan: i % 3 ? 'free' : 'pro' }, context: { device: i % 2 ? 'mobile' : 'desktop' } })),
    events: Array.from({ length: 12 }, (_, i) => ({ externalId: `p${i}`, event: 'product_view', properties: { category: 'shoes' } })),
  });
  const created = await account.session.post('/api/v1/trees', { data: { name: 'Condition panel', document: DOCUMENT } });
  expect(created.status()).toBe(201);
  const treeId = (await created.json()).tree.id as string;

  await page.goto(`/trees/${treeId}`);
  const node = page.locator('.react-flow__node[data-id="age"]');
  await expect(node).toBeVisible();
  await node.click();
  const editor = page.getByTestId('condition-editor');
  await expect(editor).toBeVisible();
  const summary = editor.getByRole('status', { name: 'Condition summary' });
  await expect(summary).toHaveText('Age is at least 18');

  // Operator by type, a range, and an error next to its input while it is wrong.
  await editor.getByLabel('Comparison').selectOption('between');
  await editor.getByLabel('From').fill('34');
  await editor.getByLabel('To').fill('25');
  await expect(editor.getByText('Put the smaller number first.')).toBeVisible();
  await expect(summary).toContainText('Incomplete');
  await editor.getByLabel('From').fill('25');
  await editor.getByLabel('To').fill('34');
  await expect(summary).toHaveText('Age is between 25 and 34');

  // Wrap in a group and add an event condition from discovery.
  await editor.getByLabel('Condition type').first().selectOption('group');
  await editor.getByRole('button', { name: '+ Add condition' }).click();
  const second = editor.getByRole('group', { name: 'Condition 2' });
  await second.getByLabel('Condition type').selectOption('event');
  await second.getByRole('combobox', { name: 'Event' }).fill('product');
  await page.getByRole('option', { name: /product_view/ }).click();
  await second.getByLabel('How many').fill('7');
  await second.getByLabel('Value').fill('3');
  await expect(summary).toHaveText('Age is between 25 and 34 and viewed a product ≥ 3 times in the last 7 days');

  // Autosave stores exactly the condition on screen.
  await expect.poll(async () => {
    const res = await account.session.get(`/api/v1/trees/${treeId}`);
    const tree = (await res.json()).tree;
    return tree.document.nodes.find((n: { id: string }) => n.id === 'age')?.data.condition;
  }, { timeout: 15_000 }).toEqual({
    type: 'group',
    combinator: 'and',
    conditions: [
      { type: 'attribute', field: 'traits.age', operator: 'between', value: [25, 34] },
      { type: 'event', event: 'product_view', window: { type: 'last', amount: 7, unit: 'days' }, measure: 'count', operator: 'gte', value: 3 },
    ],
  });
});

test('groups nest at most five levels; the sixth cannot be added', async ({ account, signedInPage: page }) => {
  const created = await account.session.post('/api/v1/trees', { data: { name: 'Deep', document: DOCUMENT } });
  const treeId = (await created.json()).tree.id as string;
  await page.goto(`/trees/${treeId}`);
  await page.locator('.react-flow__node[data-id="age"]').click();
  const editor = page.getByTestId('condition-editor');
  await editor.getByLabel('Condition type').first().selectOption('group');
  // The innermost group's button comes first in document order.
  for (let level = 2; level <= 5; level++) await editor.getByRole('button', { name: '+ Add group' }).first().click();
  await expect(editor.getByRole('button', { name: '+ Add group' }).first()).toBeDisabled();
  await expect(editor.getByText('Groups nest at most 5 levels deep.')).toBeVisible();
});
