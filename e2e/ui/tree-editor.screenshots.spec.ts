// Refreshes docs/images/tree-editor.png: SCREENSHOTS=1 npx playwright test --project=ui e2e/ui/tree-editor.screenshots.spec.ts
// Ignored otherwise (playwright.config.ts testIgnore), so a normal run never rewrites the docs.
import { createTree, node, openEditor, waitForFreshCounts } from './tree-editor.helpers';
import { expect, seed, test } from './ui-fixtures';

test.use({ viewport: { width: 1600, height: 960 } });

const cond = (field: string, operator: string, value: unknown) => ({ type: 'attribute', field, operator, value });

test('tree editor with live counts', async ({ signedInPage: page, account }) => {
  test.setTimeout(120_000);
  await seed(account, {
    profiles: Array.from({ length: 400 }, (_, i) => ({
      externalId: `cus_${(10007 * (i + 3)).toString(36)}`,
      traits: { age: 18 + ((i * 37) % 55), plan: ['free', 'pro', 'free', 'enterprise', 'free'][i % 5], email: `user${i}@example.com` },
      consent: i % 17 === 3 ? { personalization: false } : { personalization: true },
      context: { device: i % 3 === 0 ? 'desktop' : 'mobile', country: ['GB', 'US', 'FR', 'DE'][i % 4] },
    })),
  });
  const treeId = await createTree(account, {
    name: 'Plan × age',
    document: {
      version: 1,
      nodes: [
        { id: 'root', type: 'root', position: { x: 0, y: 0 }, data: { label: 'Everyone' } },
        { id: 'age', type: 'split', position: { x: 0, y: 0 }, data: { label: '', condition: cond('traits.age', 'gte', 30) } },
        {
          id: 'plan',
          type: 'switch',
          position: { x: 0, y: 0 },
          data: {
            label: 'Plan',
            cases: [
              { id: 'paid', label: 'Paying', condition: cond('traits.plan', 'in', ['pro', 'enterprise']) },
              { id: 'mobile', label: 'Mobile', condition: { type: 'context', field: 'device', operator: 'eq', value: 'mobile' } },
            ],
          },
        },
        { id: 'vip', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'paying-30-plus', name: 'Paying, 30+', color: '#6366f1' } },
        { id: 'mob', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'mobile-30-plus', name: 'Mobile free, 30+', color: '#0ea5e9' } },
        { id: 'young', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'under-30', name: 'Under 30', color: '#10b981' } },
      ],
      edges: [
        { source: 'root', target: 'age', branch: 'all' },
        { source: 'age', target: 'plan', branch: 'yes' },
        { source: 'age', target: 'young', branch: 'no' },
        { source: 'plan', target: 'vip', branch: 'paid' },
        { source: 'plan', target: 'mob', branch: 'mobile' },
      ],
    },
  });
  await openEditor(page, treeId);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await waitForFreshCounts(page);
  await node(page, 'age').click();
  await expect(page.getByTestId('inspector-count')).not.toContainText('—');
  // The fit-view animation has settled when the viewport's transform stops changing.
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await page.locator('.react-flow__viewport').getAttribute('style');
      const settled = now === last;
      last = now;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
  await page.screenshot({ path: 'docs/images/tree-editor.png' });
});
