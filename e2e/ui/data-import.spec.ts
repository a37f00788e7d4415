import { expect, test } from './ui-fixtures';

const BAD_PROFILES = [
  'externalId,traits.age,traits.email,consent.marketing',
  'imp-1,31,a@example.com,true',
  'imp-2,thirty,b@example.com,false',
  ',40,c@example.com,true',
  'imp-4,44,d@example.com,maybe',
  'imp-5,50,e@example.com,false',
].join('\n');

test.describe('CSV import on the Data page', () => {
  test('imports profiles with a progress bar and reports each rejected line with its reasons', async ({ signedInPage: page }) => {
    await page.goto('/data');
    await expect(page.getByTestId('stat-profiles')).toHaveText('0');
    await page.getByLabel('CSV file of profiles').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_PROFILES) });
    await expect(page.getByText('customers.csv')).toBeVisible();
    await page.getByRole('button', { name: 'Import profiles' }).click();

    const report = page.getByTestId('import-report');
    await expect(report).toBeVisible();
    await expect(report.getByTestId('report-rows')).toHaveText('5');
    await expect(report.getByTestId('report-accepted')).toHaveText('2');
    await expect(report.getByTestId('report-rejected')).toHaveText('3');

    const types = report.getByRole('list', { name: 'Inferred column types' });
    await expect(types.getByRole('listitem').filter({ hasText: 'traits.age' })).toContainText('number');
    await expect(types.getByRole('listitem').filter({ hasText: 'traits.email' })).toContainText('string');
    await expect(types.getByRole('listitem').filter({ hasText: 'consent.marketing' })).toContainText('boolean');

    const rejected = report.getByTestId('rejected-line');
    await expect(rejected).toHaveCount(3);
    // Line numbers count the header as line 1, as a spreadsheet shows them.
    await expect(rejected.nth(0)).toContainText('3');
    await expect(rejected.nth(0)).toContainText('thirty');
    await expect(rejected.nth(1)).toContainText('4');
    await expect(rejected.nth(1)).toContainText('externalId');
    await expect(rejected.nth(2)).toContainText('5');
    await expect(rejected.nth(2)).toContainText('maybe');

    await expect(page.getByTestId('stat-profiles')).toHaveText('2');
    await page.goto('/profiles');
    await expect(page.getByTestId('profile-row')).toHaveCount(2);
  });

  test('imports events and counts them in the stats', async ({ signedInPage: page }) => {
    const csv = [
      'externalId,event,timestamp,properties.amount,messageId',
      'ev-1,purchase,2025-06-01T10:00:00Z,19.99,m-1',
      'ev-1,purchase,2025-06-01T11:00:00Z,5,m-2',
      'ev-2,page_view,2025-06-01T12:00:00+02:00,,m-3',
      'ev-2,page_view,not a date,,m-4',
    ].join('\n');
    await page.goto('/data');
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.getByLabel('CSV file of events').setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import events' }).click();
    const report = page.getByTestId('import-report');
    await expect(report.getByTestId('report-accepted')).toHaveText('3');
    await expect(report.getByTestId('rejected-line')).toHaveCount(1);
    await expect(report.getByTestId('rejected-line')).toContainText('timestamp');
    await expect(page.getByTestId('stat-events')).toHaveText('3');
    await expect(page.getByTestId('stat-profiles')).toHaveText('2');
  });

  test('offers sample files that import cleanly, and a curl quick-start for this host', async ({ signedInPage: page, baseURL }) => {
    await page.goto('/data');
    for (const kind of ['profiles', 'events'] as const) {
      if (kind === 'events') await page.getByRole('tab', { name: 'Events' }).click();
      const link = page.getByRole('link', { name: `Sample ${kind} CSV` });
      const res = await page.request.get((await link.getAttribute('href'))!);
      expect(res.status()).toBe(200);
      await page.getByLabel(`CSV file of ${kind}`).setInputFiles({ name: `${kind}.csv`, mimeType: 'text/csv', buffer: await res.body() });
      await page.getByRole('button', { name: `Import ${kind}` }).click();
      await expect(page.getByTestId('import-report').getByTestId('report-rejected')).toHaveText('0');
    }
    await expect(page.getByTestId('api-endpoint')).toHaveText(`${baseURL}/api/v1`);
    await expect(page.getByRole('heading', { name: 'HTTP API quick-start' })).toBeVisible();
  });
});
