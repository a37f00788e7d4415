import { readFileSync } from 'node:fs';
import { expect, seed, test, type SeedProfile } from './ui-fixtures';

const TRICKY_ID = 'Ünïcode user/with ?slash #and %25 100%';

const profiles: SeedProfile[] = [
  { externalId: 'user-001', traits: { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', plan: 'pro', age: 36 }, consent: { personalization: true }, context: { country: 'GB', city: 'London' } },
  { externalId: 'user-002', traits: { email: 'grace@example.com', name: 'Grace Hopper', plan: 'enterprise', age: 45 }, consent: { personalization: false }, context: { country: 'US' } },
  { externalId: 'User-002', traits: { email: 'other@example.com', plan: 'free', age: 36 } },
  { externalId: TRICKY_ID, traits: { email: 'tricky@example.com', plan: 'pro' } },
];

test.describe('profiles explorer', () => {
  test('searches by externalId, by email and by trait value, with the columns filled in', async ({ signedInPage: page, account }) => {
    await seed(account, { profiles });
    await page.goto('/profiles');
    await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
    await expect(page.getByText('4 profiles in this workspace.')).toBeVisible();
    await expect(page.getByTestId('profile-row')).toHaveCount(4);

    const ada = page.getByTestId('profile-row').filter({ hasText: 'user-001' });
    await expect(ada).toContainText('ada@example.com');
    await expect(ada).toContainText('Ada Lovelace');
    await expect(ada).toContainText('GB');
    await expect(ada).toContainText('Opted in');
    await expect(page.getByTestId('profile-row').filter({ hasText: 'grace@example.com' })).toContainText('No consent');
    await expect(page.getByTestId('profile-row').filter({ hasText: 'Grace Hopper' })).toHaveCount(1);

    const search = page.getByRole('search', { name: 'Profiles' });
    await search.getByLabel('Search by externalId or email').fill('USER-00');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=USER-00/);
    await expect(page.getByTestId('profile-row')).toHaveCount(3);

    await search.getByLabel('Search by externalId or email').fill('GRACE@');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByTestId('profile-row')).toHaveCount(1);
    await expect(page.getByTestId('profile-row')).toContainText('user-002');

    await search.getByLabel('Search by externalId or email').fill('');
    await search.getByLabel('Trait name').fill('age');
    await search.getByLabel('Trait value').fill('36');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/trait=age&value=36/);
    await expect(page.getByTestId('profile-row')).toHaveCount(2);

    await search.getByLabel('Trait name').fill('plan');
    await search.getByLabel('Trait value').fill('Pro'); // trait matches are exact
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('heading', { name: 'No profiles match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(page).toHaveURL(/\/profiles$/);
    await expect(page.getByTestId('profile-row')).toHaveCount(4);
  });

  test('an empty workspace explains how profiles arrive', async ({ signedInPage: page }) => {
    await page.goto('/profiles');
    await expect(page.getByRole('heading', { name: 'No profiles yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import a CSV' })).toHaveAttribute('href', '/data');
  });

  test('pages through results with a cursor', async ({ signedInPage: page, account }) => {
    await seed(account, { profiles: Array.from({ length: 30 }, (_, i) => ({ externalId: `p-${String(i).padStart(2, '0')}` })) });
    await page.goto('/profiles');
    await expect(page.getByTestId('profile-row')).toHaveCount(25);
    await expect(page.getByTestId('profile-row').first()).toContainText('p-29');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.getByTestId('profile-row')).toHaveCount(5);
    await expect(page.getByTestId('profile-row').last()).toContainText('p-00');
    await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
    await page.getByRole('link', { name: 'First page' }).click();
    await expect(page.getByTestId('profile-row')).toHaveCount(25);
  });
});

test.describe('profile page', () => {
  test('shows traits, consent, context, scores and the timeline newest first, with paging', async ({ signedInPage: page, account }) => {
    const base = Date.parse('2025-06-01T10:00:00Z');
    const events = Array.from({ length: 30 }, (_, i) => ({
      externalId: 'user-001',
      event: i === 29 ? 'purchase' : 'page_view',
      timestamp: new Date(base + i * 60_000).toISOString(),
      properties: i === 29 ? { amount: 49.9, category: 'books' } : { url: `https://shop.example.com/${i}` },
      messageId: `m-${i}`,
    }));
    await seed(account, { profiles, events });
    await page.goto('/profiles');
    await page.getByRole('link', { name: 'user-001' }).click();
    await expect(page.getByTestId('profile-external-id')).toHaveText('user-001');

    const traits = page.getByRole('definition').filter({ hasText: 'ada@example.com' });
    await expect(traits).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Consent' })).toContainText('Granted');
    await expect(page.getByRole('region', { name: 'Last-seen context' })).toContainText('London');
    await expect(page.getByTestId('scores-empty')).toContainText('Not computed yet');

    const timeline = page.getByTestId('timeline-event');
    await expect(timeline).toHaveCount(25);
    await expect(timeline.first()).toContainText('purchase');
    await expect(timeline.first()).toContainText('49.9');
    await expect(timeline.first()).toContainText('Jun 1, 2025, 10:29');
    await page.getByRole('button', { name: 'Load older events' }).click();
    await expect(timeline).toHaveCount(30);
    await expect(timeline.last()).toContainText('https://shop.example.com/0');
    await expect(page.getByRole('button', { name: 'Load older events' })).toHaveCount(0);
  });

  test('an externalId with slashes, percent signs and accents round-trips; a different case is another profile', async ({ signedInPage: page, account }) => {
    await seed(account, { profiles });
    await page.goto('/profiles?q=tricky');
    await page.getByRole('link', { name: TRICKY_ID }).click();
    await expect(page.getByTestId('profile-external-id')).toHaveText(TRICKY_ID);
    await page.goto(`/profiles/${encodeURIComponent('User-002')}`);
    await expect(page.getByText('other@example.com').first()).toBeVisible();
    await page.goto(`/profiles/${encodeURIComponent('USER-002')}`);
    await expect(page.getByRole('heading', { name: 'Profile not found' })).toBeVisible();
  });

  test('exports the profile and all its events as a JSON download', async ({ signedInPage: page, account }) => {
    const events = Array.from({ length: 3 }, (_, i) => ({ externalId: TRICKY_ID, event: 'email_open', timestamp: `2025-06-0${i + 1}T08:00:00Z` }));
    await seed(account, { profiles, events });
    await page.goto(`/profiles/${encodeURIComponent(TRICKY_ID)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^profile-.*\.json$/);
    const body = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(body.profile.externalId).toBe(TRICKY_ID);
    expect(body.profile.traits.email).toBe('tricky@example.com');
    expect(body.events).toHaveLength(3);
    expect(body.events.map((e: { name: string }) => e.name)).toEqual(['email_open', 'email_open', 'email_open']);
  });

  test('erasing needs the exact externalId typed, then removes the profile and its events', async ({ signedInPage: page, account }) => {
    await seed(account, { profiles, events: [{ externalId: 'user-002', event: 'purchase', properties: { amount: 10 } }] });
    await page.goto(`/profiles/user-002`);
    await page.getByRole('button', { name: 'Erase' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase this profile?' });
    const confirm = dialog.getByRole('button', { name: 'Erase profile' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/to confirm/).fill('User-002');
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/to confirm/).fill('user-002');
    await confirm.click();
    await expect(page).toHaveURL(/\/profiles\?erased=1$/);
    await expect(page.getByText('The profile and all its events were erased.')).toBeVisible();
    await expect(page.getByTestId('profile-row')).toHaveCount(3);
    expect((await account.session.get('/api/v1/profiles/user-002')).status()).toBe(404);
    expect((await account.session.get('/api/v1/profiles/User-002')).status()).toBe(200);
  });
});
