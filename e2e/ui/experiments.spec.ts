// A marketer creates an experiment with three arms, starts it, and reads results whose every
// number equals lib/stats on the same counts (formatted by the page's own functions). The slot
// comes from the slots API, the exposures from the test-only fixture (e2e/experiments-db.ts).
import { assignArm } from '../../lib/experiments/assignment';
import { compareBayesian } from '../../lib/stats/bayesian';
import { holmAdjust } from '../../lib/stats/holm';
import { compareProportions } from '../../lib/stats/proportions';
import { sampleSizePerArm } from '../../lib/stats/sample-size';
import {
  formatChance, formatCount, formatInterval, formatLoss, formatPercent, formatPoints, formatPValue, formatSignedPercent,
} from '../../components/experiments/format';
import { createSlot, openE2eDb, publishVipTree, seedExposures, type SeedUser } from '../experiments-db';
import { expect, seed, test } from './ui-fixtures';

const COUNTS = { control: { users: 300, conversions: 30 }, b: { users: 200, conversions: 40 }, c: { users: 200, conversions: 18 } };

test('create, start and read an experiment’s results', async ({ signedInPage: page, account }, testInfo) => {
  const db = openE2eDb(testInfo);
  try {
    // A slot has one default variant and one per segment of its tree.
    const treeId = await publishVipTree(account.session);
    await createSlot(account.session, { key: 'home-hero', name: 'Home hero', treeId, variants: [{ name: 'Bold headline' }, { name: 'Calm headline', segmentKey: 'vip' }] });

    await page.goto('/experiments');
    await expect(page.getByRole('heading', { name: 'No experiments yet' })).toBeVisible();
    await page.getByRole('link', { name: 'New experiment' }).click();

    await page.getByLabel('Name', { exact: true }).fill('Hero headline');
    await expect(page.getByLabel('Key', { exact: true })).toHaveValue('hero-headline');
    await page.getByRole('button', { name: 'Add variant' }).click();
    await page.getByLabel('Arm 1 traffic %').fill('40');
    await expect(page.getByTestId('weights-total')).toContainText('Total 90 % — must be 100');
    await page.getByRole('button', { name: 'Split evenly' }).click();
    await expect(page.getByTestId('weights-total')).toHaveText('Total 100 %');
    await page.getByLabel('Arm 2 content').selectOption({ label: 'Bold headline' });
    await page.getByLabel('Arm 3 content').selectOption({ label: 'Calm headline (vip)' });
    await page.getByLabel('Conversion event').fill('purchase');

    // The calculator: users per arm from lib/stats, alpha split over the two variants.
    await page.getByLabel('Baseline conversion rate (%)').fill('10');
    await page.getByLabel('Minimum detectable effect (%)').fill('20');
    const plan = sampleSizePerArm(0.1, { kind: 'relative', value: 0.2 }, { alpha: 0.025, power: 0.8 });
    await expect(page.getByTestId('sample-size-per-arm')).toHaveText(formatCount(plan.value!.perArm));

    await page.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL(/\/experiments\/(?!new$)[^/]+$/);
    const experimentId = page.url().split('/').at(-1)!;
    await expect(page.getByTestId('experiment-status')).toHaveText('Draft');

    // A draft edits in the same form, prefilled.
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByLabel('Conversion event')).toHaveValue('purchase');
    await expect(page.getByLabel('Arm 3 traffic %')).toHaveValue('33');
    await page.getByLabel('Name', { exact: true }).fill('Hero headline test');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hero headline test');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start experiment' }).click();
    await expect(page.getByTestId('experiment-status')).toHaveText('Running');

    // Exposures (normally recorded by the evaluate route) and purchases, some outside the window.
    const t0 = Date.now() - 3 * 86_400_000;
    const users: SeedUser[] = Object.entries(COUNTS).flatMap(([arm, c]) =>
      Array.from({ length: c.users }, (_, i) => ({
        externalId: `${arm}-${i}`,
        arm,
        segmentKey: i % 3 === 0 ? 'vip' : null,
        exposedAt: new Date(t0 + i * 1000),
        events:
          i < c.conversions
            ? [{ name: 'purchase', timestamp: new Date(t0 + i * 1000 + 3_600_000) }]
            : i < c.conversions + 5
              ? [{ name: 'purchase', timestamp: new Date(t0 + i * 1000 + 8 * 86_400_000) }] // after the 7-day window
              : [],
      })),
    );
    await seedExposures(db, account.workspaceId, experimentId, users);
    await page.reload();

    const primary = page.getByTestId('primary-results');
    const control = primary.getByTestId('arm-result-control');
    await expect(control.getByTestId('users')).toHaveText('300');
    await expect(control.getByTestId('conversions')).toHaveText('30');
    await expect(control.getByTestId('rate')).toHaveText(formatPercent(0.1));

    const comparisons = { b: compareProportions(COUNTS.control, COUNTS.b), c: compareProportions(COUNTS.control, COUNTS.c) };
    const holm = holmAdjust([comparisons.b.pValue.value, comparisons.c.pValue.value]);
    for (const [i, arm] of (['b', 'c'] as const).entries()) {
      const f = comparisons[arm];
      const bayes = compareBayesian(COUNTS.control, COUNTS[arm]);
      const row = primary.getByTestId(`arm-result-${arm}`);
      await expect(row.getByTestId('users')).toHaveText(formatCount(COUNTS[arm].users));
      await expect(row.getByTestId('conversions')).toHaveText(formatCount(COUNTS[arm].conversions));
      await expect(row.getByTestId('rate')).toHaveText(formatPercent(f.treatmentRate.value));
      await expect(row.getByTestId('abs-lift')).toHaveText(formatPoints(f.absoluteLift.value));
      await expect(row.getByTestId('abs-ci')).toHaveText(formatInterval(f.absoluteLiftCi, formatPoints));
      await expect(row.getByTestId('rel-lift')).toHaveText(formatSignedPercent(f.relativeLift.value));
      await expect(row.getByTestId('rel-ci')).toHaveText(formatInterval(f.relativeLiftCi, (x) => formatSignedPercent(x)));
      await expect(row.getByTestId('p-value')).toHaveText(formatPValue(f.pValue.value));
      await expect(row.getByTestId('adjusted-p-value')).toHaveText(formatPValue(holm[i]));
      await expect(row.getByTestId('chance')).toHaveText(formatChance(bayes.chanceToBeatControl.value));
      await expect(row.getByTestId('expected-loss')).toHaveText(formatLoss(bayes.expectedLoss.value));
    }

    // 300/200/200 against 34/33/33 is a broken split: the banner, and no winner announced.
    await expect(page.getByTestId('srm-warning')).toBeVisible();
    await expect(page.getByTestId('verdict')).toContainText('Do not trust these results yet');
    await expect(page.getByTestId('holm-note')).toBeVisible();
    await expect(page.getByTestId('forest-plot')).toBeVisible();
    await expect(page.getByTestId('cumulative-chart')).toBeVisible();
    await expect(page.getByTestId('segment-vip').getByTestId('arm-result-control').getByTestId('users')).toHaveText('100');

    // Stopping asks first, then keeps the results.
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Stop experiment' }).click();
    await expect(page.getByTestId('experiment-status')).toHaveText('Stopped');
    await expect(primary.getByTestId('arm-result-control').getByTestId('users')).toHaveText('300');

    await page.goto('/experiments');
    await expect(page.getByTestId('experiment-row')).toContainText('Hero headline test');
    await expect(page.getByTestId('experiment-row')).toContainText('700');
  } finally {
    await db.dispose();
  }
});

test('a segment’s experiment whose treatment is new content: edited, previewed for a member, started', async ({ signedInPage: page, account }) => {
  const treeId = await publishVipTree(account.session); // everyone is in `vip`
  // Only a default variant: nothing in the slot could be the treatment.
  await createSlot(account.session, { key: 'home-hero', name: 'Home hero', treeId, variants: [{ name: 'Default hero' }] });
  await seed(account, { profiles: [{ externalId: 'ada', traits: { firstName: 'Ada <3' }, consent: { personalization: true } }] });

  await page.goto('/experiments/new');
  await page.getByLabel('Name', { exact: true }).fill('VIP welcome');
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'VIP (vip)' });
  await page.getByLabel('Arm 2 name').fill('Warm welcome');
  await page.getByLabel('Arm 2 content').selectOption({ label: 'New content' });
  const editor = page.getByTestId('arm-content-2');
  await editor.getByLabel('Headline').fill('Welcome back, {{traits.firstName | "friend"}}');
  await editor.getByLabel('Button text').fill('Your {{segment.name}} offers');
  await editor.getByLabel('Layout').selectOption('centered');
  // Rendered by the preview route for a member of the experiment's segment, escaped and decoded back for display.
  await expect(editor.getByTestId('preview-sample')).toHaveText('as ada, VIP');
  await expect(editor.getByTestId('preview-headline')).toHaveText('Welcome back, Ada <3');
  await expect(editor.getByTestId('preview-cta')).toHaveText('Your VIP offers');
  await expect(editor.getByTestId('hero-preview')).toHaveAttribute('data-layout', 'centered');

  // A script link is refused at the field, before any request, and blocks the preview.
  await editor.getByLabel('Button link').fill('javascript:alert(1)');
  await expect(editor.getByLabel('Button link')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText('Button link must be an http(s), mailto or tel link');
  await expect(editor).toContainText('Fix the problems at the fields to see the preview.');
  await page.getByLabel('Conversion event').fill('purchase');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/experiments\/new$/);
  await editor.getByLabel('Button link').fill('/vip');
  await expect(editor.getByTestId('preview-cta-url')).toHaveText('→ /vip');

  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/experiments\/(?!new$)[^/]+$/);
  const summary = page.getByTestId('arm-summary-b');
  await expect(summary.getByTestId('arm-shows')).toHaveText('New content (this arm only)');
  await expect(summary.getByTestId('preview-headline')).toHaveText('Welcome back, {{traits.firstName | "friend"}}');
  await expect(page.getByTestId('arm-summary-control').getByTestId('arm-shows')).toContainText('Normal content');

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start experiment' }).click();
  await expect(page.getByTestId('experiment-status')).toHaveText('Running');

  // Running: the content shows in the form, but only the split can change.
  await page.getByRole('link', { name: 'Edit' }).click();
  const locked = page.getByTestId('arm-content-2');
  await expect(locked.getByLabel('Headline')).toHaveValue('Welcome back, {{traits.firstName | "friend"}}');
  await expect(locked.getByLabel('Headline')).toBeDisabled();
  await expect(locked.getByTestId('preview-headline')).toHaveText('Welcome back, Ada <3');

  // And the site receives it: ada is in vip, so she is enrolled, and the hash puts her in the new content's arm.
  expect(assignArm('vip-welcome', 'ada', [50, 50])).toBe(1);
  const site = await account.keyed(['evaluate']);
  const hero = (await (await site.post('/api/v1/evaluate', { data: { externalId: 'ada', slots: ['home-hero'] } })).json()).content['home-hero'];
  expect(hero.experiment).toEqual({ key: 'vip-welcome', arm: 'b' });
  expect(hero.variant).toEqual({ id: null, name: 'Warm welcome', segmentKey: 'vip' });
  expect(hero.content).toMatchObject({ headline: 'Welcome back, Ada &lt;3', ctaText: 'Your VIP offers', ctaUrl: '/vip', layout: 'centered' });
});
