// Refreshes the screenshots in docs/images (SCREENSHOTS=1 npx playwright test --project=ui
// e2e/ui/screenshots.spec.ts). Left out of normal runs (playwright.config.ts) so they never rewrite docs.
import { SAMPLE, createTree } from './tree-editor.helpers';
import { expect, seed, test } from './ui-fixtures';

const COUNTRIES = ['GB', 'US', 'FR', 'DE', 'NL', 'ES', 'SE'];
const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Margaret'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Dijkstra', 'Liskov', 'Knuth', 'Hamilton'];

test.use({ viewport: { width: 1440, height: 900 } });

test('profiles explorer and import report', async ({ signedInPage: page, account }) => {
  await seed(account, {
    profiles: Array.from({ length: 14 }, (_, i) => ({
      externalId: `cus_${(48213 + i * 7919).toString(36)}`,
      traits: { email: `${FIRST[i % 8].toLowerCase()}.${LAST[(i + 3) % 8].toLowerCase()}@example.com`, firstName: FIRST[i % 8], lastName: LAST[(i + 3) % 8], plan: ['free', 'pro', 'enterprise'][i % 3] },
      consent: i % 5 === 2 ? { personalization: false } : i % 3 === 0 ? {} : { personalization: true },
      context: { country: COUNTRIES[i % 7] },
    })),
  });
  await page.goto('/profiles');
  await expect(page.getByTestId('profile-row')).toHaveCount(14);
  await page.screenshot({ path: 'docs/images/profiles-explorer.png' });

  const csv = [
    'externalId,traits.age,traits.plan,traits.signupDate,consent.personalization,context.country',
    'cus_a1,34,pro,2025-02-11T09:00:00Z,true,GB',
    'cus_a2,41,free,2025-03-02T14:30:00Z,false,US',
    'cus_a3,forty,pro,2025-03-05T10:00:00Z,true,FR',
    ',29,free,2025-04-01T08:15:00Z,true,DE',
    'cus_a5,52,enterprise,yesterday,true,NL',
    'cus_a6,38,pro,2025-05-20T17:45:00Z,yes,ES',
    'cus_a7,27,free,2025-06-01T07:00:00Z,true,SE',
  ].join('\n');
  await page.goto('/data');
  await page.getByLabel('CSV file of profiles').setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import profiles' }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await report.scrollIntoViewIfNeeded();
  await report.screenshot({ path: 'docs/images/data-import-report.png' });
  await page.screenshot({ path: 'docs/images/data-page.png', fullPage: true });
});

test('content slot editor with its live preview', async ({ signedInPage: page, account }) => {
  await seed(account, {
    profiles: FIRST.map((firstName, i) => ({ externalId: `cus_${i}`, traits: { age: i % 2 ? 34 + i : 15 + i, firstName } })),
  });
  const treeId = await createTree(account, { name: 'Ages', document: SAMPLE });
  expect((await account.session.post(`/api/v1/trees/${treeId}/publish`)).status()).toBe(201);
  const slot = await (await account.session.post('/api/v1/slots', { data: { key: 'home-hero', name: 'Home hero', treeId } })).json();
  const variants = [
    { name: 'Adults', segmentKey: 'adults', content: { layout: 'hero-left', headline: 'Welcome back, {{traits.firstName | "friend"}}', body: 'Your plan renews soon: see what is new.', ctaText: 'See plans', ctaUrl: '/plans' } },
    { name: 'Minors', segmentKey: 'minors', content: { layout: 'banner', headline: 'Hi {{traits.firstName | "there"}}!', ctaText: 'Ask a parent', ctaUrl: '/family' } },
    { name: 'Default', segmentKey: null, content: { layout: 'centered', headline: 'Hello {{traits.firstName | "there"}}', ctaText: 'Start', ctaUrl: '/start' } },
  ];
  for (const data of variants) expect((await account.session.post(`/api/v1/slots/${slot.slot.id}/variants`, { data })).status()).toBe(201);
  await page.goto(`/content/${slot.slot.id}`);
  await expect(page.getByTestId('preview-status')).toHaveAttribute('data-state', 'fresh');
  await page.screenshot({ path: 'docs/images/content-editor.png', fullPage: true });
});
