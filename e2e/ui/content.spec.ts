// Content slots in the browser: a marketer creates a slot on a published tree, writes variants
// for two segments and the default with placeholders, and sees the live preview render the
// sample member's traits exactly as the API's preview does. A trait holding markup shows as
// text, a javascript: link is refused at its field with the API's own message, and a viewer
// gets the same pages read-only.
import type { Page } from '@playwright/test';
import { addMember } from '../api/workspace-helpers';
import type { Account } from '../fixtures';
import { decodeEntities } from '../../lib/content-editor/decode-entities';
import { SAMPLE, createTree } from './tree-editor.helpers';
import { expect, seed, test } from './ui-fixtures';

const XSS = '<img src=x onerror=alert(1)>';
const VIEWER_TITLE = 'Viewers can look but not change content: ask an owner for editor access.';

/** Adults are named; every minor's firstName is markup, so whichever minor is sampled carries it. */
async function publishedTree(account: Account): Promise<string> {
  await seed(account, {
    profiles: [
      ...['Ada', 'Grace', 'Linus', 'Margaret'].map((firstName, i) => ({ externalId: `adult-${i}`, traits: { age: 30 + i, firstName } })),
      ...[0, 1, 2].map((i) => ({ externalId: `minor-${i}`, traits: { age: 12 + i, firstName: XSS } })),
    ],
  });
  const treeId = await createTree(account, { name: 'Ages', document: SAMPLE });
  const res = await account.session.post(`/api/v1/trees/${treeId}/publish`);
  expect(res.status(), await res.text()).toBe(201);
  return treeId;
}

const card = (page: Page, segmentKey: string | null) => page.getByTestId(segmentKey === null ? 'variant-card-default' : `variant-card-segment-${segmentKey}`);

async function waitForFreshPreview(page: Page) {
  await expect(page.getByTestId('preview-status')).toHaveAttribute('data-state', 'fresh');
}

test('create a slot, write variants with placeholders and see the live preview render them', async ({ signedInPage: page, account }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran in the page: ${dialog.message()}`);
  });
  await publishedTree(account);

  await page.goto('/content');
  await expect(page.getByRole('heading', { name: 'No content slots yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New slot' }).click();
  const dialog = page.getByRole('dialog', { name: 'New content slot' });
  await dialog.getByLabel('Key').fill('Home Hero');
  await dialog.getByLabel('Name').fill('Home hero');
  await dialog.getByRole('button', { name: 'Create slot' }).click();
  // The key follows the API's rules: refused before the request, at the field.
  await expect(dialog.getByText('Use 1–64 lower-case letters')).toBeVisible();
  await dialog.getByLabel('Key').fill('home-hero');
  await expect(dialog.getByLabel('Segmentation tree')).toHaveValue(/.+/);
  await dialog.getByRole('button', { name: 'Create slot' }).click();
  await expect(page).toHaveURL(/\/content\/[^/]+$/);
  const slotId = page.url().split('/').at(-1)!;

  // Cards in tree order, with sizes at publish, then the default.
  await expect(page.locator('[data-testid^="variant-card-"]')).toHaveCount(3);
  await expect(card(page, 'adults')).toContainText('4 profiles at last publish');
  await expect(card(page, 'minors')).toContainText('3 profiles at last publish');

  // Adults: a placeholder with a fallback, rendered for a sample adult.
  const adults = card(page, 'adults');
  await adults.getByRole('button', { name: 'Add variant' }).click();
  await adults.getByLabel('Layout').selectOption('hero-right');
  await adults.getByLabel('Headline').fill('Welcome back, {{traits.firstName | "friend"}}');
  await adults.getByLabel('Button text').fill('Shop for {{segment.name}}');
  await adults.getByLabel('Button link').fill('/adults?n={{traits.firstName}}');
  await waitForFreshPreview(page);
  const adultDraft = { segmentKey: 'adults', content: { headline: 'Welcome back, {{traits.firstName | "friend"}}', ctaText: 'Shop for {{segment.name}}', ctaUrl: '/adults?n={{traits.firstName}}', layout: 'hero-right' } };
  const api = await account.session.post(`/api/v1/slots/${slotId}/preview`, { data: { variants: [adultDraft] } });
  expect(api.status(), await api.text()).toBe(200);
  const [expected] = (await api.json()).previews;
  expect(expected.sample.externalId).toMatch(/^adult-/);
  await expect(adults.getByTestId('preview-sample')).toHaveText(`as ${expected.sample.externalId}, Adults`);
  await expect(adults.getByTestId('preview-headline')).toHaveText(decodeEntities(expected.content.headline));
  await expect(adults.getByTestId('preview-headline')).not.toContainText('friend');
  await expect(adults.getByTestId('preview-cta')).toHaveText('Shop for Adults');
  await expect(adults.getByTestId('preview-cta-url')).toHaveText(`→ ${decodeEntities(expected.content.ctaUrl)}`);
  await expect(adults.getByTestId('hero-preview')).toHaveAttribute('data-layout', 'hero-right');
  await adults.getByRole('button', { name: 'Save variant' }).click();
  await expect(adults.getByTestId('variant-status')).toHaveText('Saved');

  // Minors: the placeholder inserted from a chip; the sampled minor's firstName is markup.
  const minors = card(page, 'minors');
  await minors.getByRole('button', { name: 'Add variant' }).click();
  const headline = minors.getByLabel('Headline');
  await headline.fill('Hi ');
  await page.getByTestId('placeholder-chips').getByRole('button', { name: 'traits.firstName', exact: true }).click();
  await expect(headline).toHaveValue('Hi {{traits.firstName}}');
  await waitForFreshPreview(page);
  await expect(minors.getByTestId('preview-sample')).toHaveText(/^as minor-\d, Minors$/);
  await expect(minors.getByTestId('preview-headline')).toHaveText(`Hi ${XSS}`);
  await expect(minors.getByTestId('hero-preview').locator('img')).toHaveCount(0);

  // A javascript: link: the same message the API's 422 gives, at the field; saving is blocked.
  await minors.getByLabel('Button link').fill('javascript:alert(1)');
  const refused = await account.session.post(`/api/v1/slots/${slotId}/variants`, {
    data: { name: 'Minors', segmentKey: 'minors', content: { headline: 'Hi', ctaUrl: 'javascript:alert(1)' } },
  });
  expect(refused.status()).toBe(422);
  const issue = (await refused.json()).error.issues.find((i: { path: string[] }) => i.path.join('.') === 'content.ctaUrl');
  await expect(page.locator('#segment-minors-ctaUrl-error')).toHaveText(issue.message);
  await expect(minors.getByLabel('Button link')).toHaveAttribute('aria-invalid', 'true');
  await expect(minors.getByRole('button', { name: 'Save variant' })).toBeDisabled();
  await minors.getByLabel('Button link').fill('/teens');
  await expect(page.locator('#segment-minors-ctaUrl-error')).toHaveCount(0);
  await minors.getByRole('button', { name: 'Save variant' }).click();
  await expect(minors.getByTestId('variant-status')).toHaveText('Saved');

  // The default: an anonymous visitor, so the fallback.
  const fallback = card(page, null);
  await fallback.getByRole('button', { name: 'Add variant' }).click();
  await fallback.getByLabel('Headline').fill('Hello {{traits.firstName | "there"}}');
  await waitForFreshPreview(page);
  await expect(fallback.getByTestId('preview-sample')).toHaveText('as an anonymous visitor (fallbacks)');
  await expect(fallback.getByTestId('preview-headline')).toHaveText('Hello there');
  await fallback.getByRole('button', { name: 'Save variant' }).click();
  await expect(fallback.getByTestId('variant-status')).toHaveText('Saved');

  // Stored as typed, and the stored preview of the page matches the API after a reload.
  const stored = (await (await account.session.get(`/api/v1/slots/${slotId}`)).json()).slot;
  expect(stored.variants.map((v: { segmentKey: string | null }) => v.segmentKey)).toEqual([null, 'adults', 'minors']);
  expect(stored.variants[2].content).toMatchObject({ headline: 'Hi {{traits.firstName}}', ctaUrl: '/teens' });
  await page.reload();
  await expect(card(page, 'minors').getByTestId('preview-headline')).toHaveText(`Hi ${XSS}`);

  // The list, then delete with confirmation.
  await page.getByRole('link', { name: 'Content', exact: true }).first().click();
  const row = page.getByTestId('slot-row');
  await expect(row).toContainText('home-hero');
  await expect(row).toContainText('Ages');
  await expect(row.getByTestId('variant-count')).toHaveText('3');
  await row.getByRole('button', { name: 'Delete Home hero' }).click();
  await page.getByRole('dialog', { name: 'Delete “Home hero”?' }).getByRole('button', { name: 'Delete slot' }).click();
  await expect(page.getByRole('heading', { name: 'No content slots yet' })).toBeVisible();
});

test('edits preview live without saving, and discarding restores the saved variant', async ({ signedInPage: page, account }) => {
  await publishedTree(account);
  const treeId = (await (await account.session.get('/api/v1/trees')).json()).trees[0].id;
  const created = await account.session.post('/api/v1/slots', { data: { key: 'promo', name: 'Promo', treeId } });
  const slotId = (await created.json()).slot.id;
  await account.session.post(`/api/v1/slots/${slotId}/variants`, { data: { name: 'Adults', segmentKey: 'adults', content: { headline: 'Saved headline' } } });

  const previews: string[] = [];
  page.on('request', (req) => req.url().endsWith(`/slots/${slotId}/preview`) && previews.push(req.postData() ?? ''));
  await page.goto(`/content/${slotId}`);
  const adults = card(page, 'adults');
  await expect(adults.getByTestId('preview-headline')).toHaveText('Saved headline');
  // Typing fast is one request for the settled text (debounced), not one per key.
  const before = previews.length;
  await adults.getByLabel('Headline').fill('');
  await adults.getByLabel('Headline').pressSequentially('Draft {{traits.firstName}}', { delay: 10 });
  await expect(adults.getByTestId('variant-status')).toHaveText('Unsaved changes');
  await waitForFreshPreview(page);
  await expect(adults.getByTestId('preview-headline')).toHaveText(/^Draft (Ada|Grace|Linus|Margaret)$/);
  expect(previews.length - before).toBeLessThan(5);
  await adults.getByRole('button', { name: 'Discard changes' }).click();
  await expect(adults.getByLabel('Headline')).toHaveValue('Saved headline');
  await expect(adults.getByTestId('variant-status')).toHaveText('Saved');
});

test('a viewer sees slots and previews read-only', async ({ account, browser, playwright, baseURL }) => {
  await publishedTree(account);
  const treeId = (await (await account.session.get('/api/v1/trees')).json()).trees[0].id;
  const slotId = (await (await account.session.post('/api/v1/slots', { data: { key: 'home-hero', name: 'Home hero', treeId } })).json()).slot.id;
  await account.session.post(`/api/v1/slots/${slotId}/variants`, { data: { name: 'Adults', segmentKey: 'adults', content: { headline: 'Hi {{traits.firstName}}' } } });

  const viewer = await addMember(playwright, baseURL!, account, 'viewer');
  const context = await browser.newContext({ baseURL });
  await context.addCookies((await viewer.session.storageState()).cookies);
  const page = await context.newPage();
  await page.goto('/content');
  await expect(page.getByRole('button', { name: 'New slot' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'New slot' })).toHaveAttribute('title', VIEWER_TITLE);
  await expect(page.getByRole('button', { name: 'Delete Home hero' })).toBeDisabled();

  await page.getByRole('link', { name: 'Home hero' }).click();
  await expect(page.getByTestId('read-only-badge')).toBeVisible();
  const adults = card(page, 'adults');
  await expect(adults.getByTestId('preview-headline')).toHaveText(/^Hi (Ada|Grace|Linus|Margaret)$/);
  await expect(adults.getByLabel('Headline')).toBeDisabled();
  await expect(adults.getByRole('button', { name: 'Delete variant' })).toHaveAttribute('title', VIEWER_TITLE);
  await expect(card(page, 'minors').getByRole('button', { name: 'Add variant' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete slot' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save slot' })).toHaveAttribute('title', VIEWER_TITLE);
  await context.close();
  await viewer.session.dispose();
});

test('start a slot from the trees list, switch its tree with a warning, and see the API’s refusal at the card', async ({ signedInPage: page, account }) => {
  const agesId = await publishedTree(account);
  const rfm = await account.session.post('/api/v1/trees', { data: { template: 'rfm-tiers' } });
  const rfmId = (await rfm.json()).tree.id;
  expect((await account.session.post(`/api/v1/trees/${rfmId}/publish`)).status()).toBe(201);

  // The trees list's menu opens "New slot" with that tree chosen.
  await page.goto('/trees');
  await page.getByRole('button', { name: 'Actions for Ages' }).click();
  await page.getByRole('menuitem', { name: 'New content slot' }).click();
  const dialog = page.getByRole('dialog', { name: 'New content slot' });
  await expect(dialog.getByLabel('Segmentation tree')).toHaveValue(agesId);
  await dialog.getByLabel('Name').fill('Sidebar promo');
  await expect(dialog.getByLabel('Key')).toHaveValue('sidebar-promo');
  await dialog.getByRole('button', { name: 'Create slot' }).click();
  await expect(page).toHaveURL(/\/content\/[^/]+$/);
  const slotId = page.url().split('/').at(-1)!;

  const adults = card(page, 'adults');
  await adults.getByRole('button', { name: 'Add variant' }).click();
  await adults.getByLabel('Headline').fill('For grown-ups');
  await adults.getByRole('button', { name: 'Save variant' }).click();
  await expect(adults.getByTestId('variant-status')).toHaveText('Saved');

  // Someone else adds the default meanwhile: saving a second one is refused (409), shown at the card.
  const other = await account.session.post(`/api/v1/slots/${slotId}/variants`, { data: { name: 'Elsewhere', segmentKey: null, content: { headline: 'Hello' } } });
  expect(other.status()).toBe(201);
  const fallback = card(page, null);
  await fallback.getByRole('button', { name: 'Add variant' }).click();
  await fallback.getByLabel('Headline').fill('Mine');
  await fallback.getByRole('button', { name: 'Save variant' }).click();
  await expect(fallback.getByRole('alert')).toContainText('This slot already has a default variant (\'Elsewhere\')');
  await fallback.getByRole('button', { name: 'Cancel' }).click();
  await expect(fallback.getByLabel('Variant name')).toHaveValue('Elsewhere');
  await expect(fallback.getByTestId('variant-status')).toHaveText('Saved');

  // Another tree: the adults variant is kept but no longer served.
  await page.getByLabel('Segmentation tree').selectOption(rfmId);
  await expect(page.getByRole('status').filter({ hasText: 'kept but never served' })).toContainText('“Adults” (adults)');
  await page.getByRole('button', { name: 'Save slot' }).click();
  await page.getByRole('dialog', { name: 'Change the slot’s tree?' }).getByRole('button', { name: 'Change tree' }).click();
  await expect(page.getByTestId('orphan-variants')).toContainText('Adults');
  await expect(card(page, 'adults')).toHaveCount(0);
  expect((await (await account.session.get(`/api/v1/slots/${slotId}`)).json()).slot.treeId).toBe(rfmId);
});
