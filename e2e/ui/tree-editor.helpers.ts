// Helpers for the tree editor specs: trees created over the API, real mouse drags on the
// canvas (palette → canvas is HTML5 drag and drop; handle → handle is React Flow's pointer
// connection), and reading the counts the canvas shows.
import type { Locator, Page } from '@playwright/test';
import type { Account } from '../fixtures';
import { expect, seed } from './ui-fixtures';

export const AGES = [17, 22, 25, 31, 34, 38, 41, 45, 52, 58, 63, 70];

/** Root → "Adults" split (age ≥ 18) → two segments. */
export const SAMPLE = {
  version: 1,
  nodes: [
    { id: 'root', type: 'root', position: { x: 160, y: 0 }, data: { label: 'Everyone' } },
    { id: 'age', type: 'split', position: { x: 160, y: 200 }, data: { label: 'Adults', condition: { type: 'attribute', field: 'traits.age', operator: 'gte', value: 18 } } },
    { id: 'adults', type: 'segment', position: { x: 0, y: 420 }, data: { key: 'adults', name: 'Adults', color: '#6366f1' } },
    { id: 'minors', type: 'segment', position: { x: 320, y: 420 }, data: { key: 'minors', name: 'Minors', color: '#f59e0b' } },
  ],
  edges: [
    { source: 'root', target: 'age', branch: 'all' },
    { source: 'age', target: 'adults', branch: 'yes' },
    { source: 'age', target: 'minors', branch: 'no' },
  ],
};

/** 24 profiles: ages cycle through AGES, plans alternate, every 6th has refused consent. */
export async function seedAudience(account: Account) {
  await seed(account, {
    profiles: Array.from({ length: 24 }, (_, i) => ({
      externalId: `p-${i}`,
      traits: { age: AGES[i % AGES.length], plan: i % 3 === 0 ? 'pro' : 'free', email: `p${i}@example.com` },
      consent: i % 6 === 5 ? { personalization: false } : { personalization: true },
    })),
  });
}

export async function createTree(account: Account, body: Record<string, unknown> = {}): Promise<string> {
  const res = await account.session.post('/api/v1/trees', { data: { name: 'Editor e2e', ...body } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).tree.id;
}

/** Opens the editor and waits for the canvas (the first visit loads the canvas' code). */
export async function openEditor(page: Page, treeId: string) {
  await page.goto(`/trees/${treeId}`);
  await expect(page.getByTestId('node-root')).toBeVisible({ timeout: 30_000 });
}

export const node = (page: Page, id: string) => page.getByTestId(`node-${id}`);
export const handle = (page: Page, nodeId: string, handleId: string) =>
  page.locator(`.react-flow__handle[data-nodeid="${nodeId}"][data-handleid="${handleId}"]`);

async function center(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a palette item onto the canvas at (x, y) relative to the canvas' top-left corner. */
export async function dragFromPalette(page: Page, kind: 'split' | 'switch' | 'segment', x: number, y: number) {
  const canvas = await page.getByTestId('canvas').boundingBox();
  const from = await center(page.getByTestId(`palette-${kind}`));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 10, { steps: 4 });
  await page.mouse.move(canvas!.x + x, canvas!.y + y, { steps: 12 });
  await page.mouse.up();
}

/** Drags from a branch handle to a node's target handle (or any locator's centre). */
export async function dragConnection(page: Page, from: Locator, to: Locator) {
  const a = await center(from);
  const b = await center(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

/** The ids of the canvas' nodes of one kind, in document order. */
export async function nodeIdsOf(page: Page, kind: string): Promise<string[]> {
  return page.locator(`[data-kind="${kind}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('node-'.length)));
}

export async function waitForFreshCounts(page: Page) {
  await expect(page.getByTestId('count-status')).toHaveAttribute('data-state', 'fresh', { timeout: 15_000 });
}

export async function waitForSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
}

/** Counts on the canvas by node id. */
export async function canvasCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-testid^="node-"][data-kind]').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => [
        el.getAttribute('data-testid')!.slice('node-'.length),
        Number(el.querySelector('[data-testid="node-count"]')!.getAttribute('data-count')),
      ]),
    ),
  );
}

export async function savedDocument(account: Account, treeId: string) {
  const res = await account.session.get(`/api/v1/trees/${treeId}`);
  expect(res.status()).toBe(200);
  return (await res.json()).tree.document;
}

/** Sets the selected node's attribute condition through the ConditionEditor: pick the field, the comparison, type the value. */
export async function setCondition(page: Page, { field, operator, value }: { field: string; operator: string; value: string }) {
  const editor = page.getByTestId('condition-editor');
  const picker = editor.getByRole('combobox', { name: 'Field' });
  await picker.fill(field);
  await page.getByRole('listbox', { name: 'Field' }).getByRole('option', { name: new RegExp(`^${field}`, 'i') }).first().click();
  await editor.getByLabel('Comparison').selectOption(operator);
  await editor.getByLabel('Value', { exact: true }).fill(value);
}
