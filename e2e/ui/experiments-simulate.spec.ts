// Issue 6, item 5, end to end: an experiment set up through the API, `npm run simulate` (as a
// child process) sending visitors through evaluate and their conversions through /batch,
// then the results page read in a real browser and held to the results API and to the
// simulator's own account of what it sent.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { formatCount } from '../../components/experiments/format';
import { createSlot, publishVipTree } from '../experiments-db';
import { expect, test } from './ui-fixtures';

const run = promisify(execFile);
// The e2e server limits evaluate to 20 requests/s per key (scripts/e2e-server.mjs), so this
// many visitors take about half a minute; 10 % against 25 % is far beyond chance at this size.
const USERS = 600;

type Summary = { experiment: string; users: number; notEnrolled: number; arms: { arm: string; users: number; converters: number; trueRate: number }[] };

test('the simulator drives an experiment whose results page shows what it sent', async ({ signedInPage: page, account, baseURL }) => {
  test.setTimeout(300_000);
  const api = account.session;
  const treeId = await publishVipTree(api);
  // Everyone is in `vip`, whose variant is the control; the treatment is content of the arm's own.
  const slot = await createSlot(api, { key: 'home-hero', name: 'Home hero', treeId, variants: [{ name: 'Calm headline', segmentKey: 'vip' }] });
  const created = await api.post('/api/v1/experiments', {
    data: {
      key: 'hero-sim', name: 'Hero simulation', slotId: slot.id, primaryMetric: { kind: 'conversion', event: 'purchase', windowDays: 7 },
      arms: [{ key: 'control', name: 'Control', weight: 50, variantId: null }, { key: 'bold', name: 'Bold', weight: 50, content: { headline: 'Bold headline' } }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { experiment } = await created.json();
  expect((await api.post(`/api/v1/experiments/${experiment.id}/start`)).status()).toBe(200);

  const key = await account.apiKey(['ingest', 'evaluate', 'read']);
  const args = ['scripts/simulate.ts', '--url', baseURL!, '--key', key, '--experiment', experiment.id, '--users', String(USERS),
    '--baseline', '0.1', '--lift', '1.5', '--seed', '11', '--json', '--quiet'];
  const { stdout } = await run('node_modules/.bin/tsx', args, { timeout: 240_000 });
  const summary = JSON.parse(stdout) as Summary;
  expect(summary).toMatchObject({ experiment: 'hero-sim', users: USERS, notEnrolled: 0 });
  expect(summary.arms.map((a) => [a.arm, a.trueRate])).toEqual([['control', 0.1], ['bold', 0.25]]);
  expect(summary.arms.reduce((s, a) => s + a.users, 0)).toBe(USERS);

  // The results API counts exactly the exposures and converters the simulator produced.
  const { results } = await (await api.get(`/api/v1/experiments/${experiment.id}/results`)).json();
  const apiArms = results.primary.arms.map((a: { key: string; users: number; conversions: number }) => [a.key, a.users, a.conversions]);
  expect(apiArms).toEqual(summary.arms.map((a) => [a.arm, a.users, a.converters]));

  // And the page shows the same numbers, with Bold declared the winner.
  await page.goto(`/experiments/${experiment.id}`);
  const primary = page.getByTestId('primary-results');
  for (const [arm, users, conversions] of apiArms as [string, number, number][]) {
    const row = primary.getByTestId(`arm-result-${arm}`);
    await expect(row.getByTestId('users')).toHaveText(formatCount(users));
    await expect(row.getByTestId('conversions')).toHaveText(formatCount(conversions));
  }
  await expect(page.getByTestId('verdict')).toContainText('Bold is winning');
  await expect(page.getByTestId('srm-warning')).toHaveCount(0);
});
