import { splitTree } from '../../lib/audience/tests/fixtures';
import { createSlot, publishTree } from '../api/evaluate-helpers';
import { expect, seed, test } from './ui-fixtures';

// The demo site (public/demo/index.html) uses only /sdk.js: two customers in different
// segments see different heroes, and the events the SDK sends arrive.
test('the SDK demo shows each visitor the hero of their segment and delivers their events', async ({ account, page }) => {
  await seed(account, {
    profiles: [
      { externalId: 'hiker-1', traits: { plan: 'pro', firstName: 'Ada <Lovelace>' } },
      { externalId: 'walker-2', traits: { plan: 'free', firstName: 'Bo' } },
    ],
  });
  const plans = splitTree({ type: 'attribute', field: 'traits.plan', operator: 'eq', value: 'pro' }, { yes: 'pro', no: 'free' });
  const treeId = await publishTree(account, 'Plans', plans);
  await createSlot(account, 'home-hero', treeId, [
    { name: 'Pro', segmentKey: 'pro', content: { headline: 'Welcome back, {{traits.firstName}}', body: 'Your pro discount is waiting.', ctaText: 'Shop pro gear', ctaUrl: '/shop/pro?ref={{profile.externalId}}', layout: 'hero-right' } },
    { name: 'Free', segmentKey: 'free', content: { headline: 'Go further, {{traits.firstName | "friend"}}', ctaText: 'Upgrade', ctaUrl: '/upgrade', layout: 'centered' } },
    { name: 'Default', segmentKey: null, content: { headline: 'Gear for every trail' } },
  ]);
  const key = await account.apiKey(['ingest', 'evaluate']);

  const batches: number[] = [];
  page.on('response', (r) => { if (r.url().endsWith('/api/v1/batch')) batches.push(r.status()); });
  await page.goto(`/demo/index.html?key=${encodeURIComponent(key)}`);
  const hero = page.getByTestId('hero');
  // Anonymous: no plan, so the tree's 'no' branch (free), rendered with the fallback.
  await expect(hero.getByRole('heading')).toHaveText('Go further, friend');

  await page.getByLabel('Sign in as').fill('hiker-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The trait's markup arrives as text, decoded once: no element, no entity.
  await expect(hero.getByRole('heading')).toHaveText('Welcome back, Ada <Lovelace>');
  await expect(hero.getByRole('link', { name: 'Shop pro gear' })).toHaveAttribute('href', '/shop/pro?ref=hiker-1');
  await expect(hero).toHaveAttribute('data-as-layout', 'hero-right');
  await expect(page.getByTestId('segment')).toHaveText('PRO');
  await page.getByRole('button', { name: 'Add the 2-person tent to cart' }).click();

  await page.getByLabel('Sign in as').fill('walker-2');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(hero.getByRole('heading')).toHaveText('Go further, Bo');
  await expect(hero.getByRole('link', { name: 'Upgrade' })).toHaveAttribute('href', '/upgrade');
  await expect(page.getByTestId('segment')).toHaveText('FREE');
  await page.getByRole('button', { name: 'Add the walking boots to cart' }).click();

  // Events arrive, each on the visitor who caused it.
  const names = async (externalId: string): Promise<string[]> => {
    const res = await account.session.get(`/api/v1/profiles/${externalId}/events`);
    return res.ok() ? (await res.json()).events.map((e: { name: string; properties: { sku?: string } }) => `${e.name}:${e.properties.sku ?? ''}`) : [];
  };
  await expect.poll(() => names('hiker-1'), { timeout: 15_000 }).toContain('add_to_cart:tent-2p');
  await expect.poll(() => names('walker-2'), { timeout: 15_000 }).toContain('add_to_cart:boots-w');
  expect(batches.every((s) => s === 200)).toBe(true);

  // Leaving the page hands what is still queued to sendBeacon.
  await page.getByRole('button', { name: 'Add the 2-person tent to cart' }).click();
  await page.goto('about:blank');
  await expect.poll(async () => (await names('walker-2')).filter((n) => n === 'add_to_cart:tent-2p').length, { timeout: 15_000 }).toBe(1);
});
