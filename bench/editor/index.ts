// npm run bench -- editor [--edits 20] [--source data/bench-preview-e.db,…] [--port 3540]
// In Chromium against `next start` on the 1,000,000-profile database: the time from a
// condition edit in the tree editor to the new counts on screen, measured in the browser.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { referenceTree } from '../preview/reference-tree';
import { fmt, loadAverage, machineFacts, median } from '../lib/machine';
import { ensureBuild, startServer } from '../lib/next-server';
import { DEFAULT_SOURCES, prepareData } from './data';
import { installMeasurement, setCondition, timeEdit } from './measure';

// The preview benchmark's reference tree, with its 'age' split (between 18 and N) moved onto
// the switch's busiest branch ('else'; the editor counts as of now, and the seeded events end
// at the seed's as-of, so the short-window 'keen browser' case may be empty). Each edit moves
// N — typed into the real ConditionEditor's "To" input (measure.ts) — so the 'young
// browsers' segment's count changes every time.
const SPLIT = 'age';
const WATCH = 's-young-browsers';
const TARGET_MS = 300;
const USAGE = `npm run bench -- editor [--edits 20] [--source data/bench-preview-e.db,…] [--port 3540]
Times a condition edit in the tree editor (the age range's upper bound typed into the
ConditionEditor) until the new counts are on screen, in Chromium on the 1,000,000-profile data.`;

function benchTree() {
  const tree = referenceTree();
  tree.edges = tree.edges.map((e) =>
    e.source === 'value' && e.branch === 'browser' ? { ...e, target: 'evening' } : e.source === 'value' && e.branch === 'else' ? { ...e, target: 'age' } : e,
  );
  return tree;
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      edits: { type: 'string', default: '20' },
      source: { type: 'string' },
      port: { type: 'string', default: process.env.BENCH_EDITOR_PORT ?? '3540' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const edits = Number(values.edits);
  const data = await prepareData(values.source ? values.source.split(',') : DEFAULT_SOURCES);
  await ensureBuild();
  mkdirSync('bench/results', { recursive: true });
  const server = await startServer({ port: Number(values.port), databaseUrl: data.databaseUrl, logFile: join('bench/results', 'editor-server.log') });
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  let page: import('@playwright/test').Page | undefined;
  try {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1440, height: 900 } });
    const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
    await context.request.post('/api/auth/callback/credentials', { form: { email: data.email, password: data.password, csrfToken, callbackUrl: server.baseUrl }, maxRedirects: 0 });
    const created = await context.request.post('/api/v1/trees', { data: { name: 'Editor benchmark', document: benchTree() } });
    if (created.status() !== 201) throw new Error(`creating the tree: ${created.status()} ${await created.text()}`);
    const treeId = (await created.json()).tree.id as string;

    // Warm-up: until the server counts with the in-memory index (built on first use; the SQL
    // engine answers meanwhile), then a few edits in the page whose times are not kept.
    const warmStart = Date.now();
    process.stdout.write('Warming up (the audience index builds on first use)');
    // A root-only tree is cheap for the SQL engine, so polling does not slow the index build.
    const rootOnly = { version: 1, nodes: [referenceTree().nodes[0]], edges: [] };
    for (;;) {
      // While the index builds, the server can be too busy to answer (a reset connection): poll again.
      const res = await context.request.post('/api/v1/preview', { data: { tree: rootOnly }, timeout: 600_000 }).catch(() => undefined);
      if (res && res.status() !== 200) throw new Error(`preview: ${res.status()} ${await res.text()}`);
      process.stdout.write(res ? '.' : 'x');
      if (res && (await res.json()).engine === 'index') break;
      if (Date.now() - warmStart > 1_200_000) throw new Error('the index was not ready after 20 minutes');
      await new Promise((r) => setTimeout(r, 5000));
    }
    // The reference tree once through the index: loads the property columns it uses.
    await context.request.post('/api/v1/preview', { data: { tree: benchTree() }, timeout: 600_000 });
    // Only now the page: a preview counted by SQL (synchronous on SQLite) would hold up the server.
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[browser] ${m.text()}`));
    await page.goto(`/trees/${treeId}`);
    await page.getByTestId(`node-${SPLIT}`).click({ timeout: 60_000 });
    await installMeasurement(page);
    // Warm-up values (64, 66, 68) are never used below: a repeated draft would come from the cache.
    for (let i = 0; i < 3; i++) await timeEdit(page, WATCH, 64 + 2 * i);
    console.log(` ready after ${Math.round((Date.now() - warmStart) / 1000)} s`);

    // Discrete edits (a value picked, a condition pasted): one at a time, after a quiet spell.
    const single: number[] = [];
    for (let i = 0; i < edits; i++) {
      await page.waitForTimeout(400); // quiet spell between edits, as between a user's picks
      single.push(await timeEdit(page, WATCH, 25 + i * 2));
    }
    // Typing: a burst of edits 100 ms apart; timed from the last keystroke (the debounce's trailing edge).
    const burst: number[] = [];
    for (let i = 0; i < Math.ceil(edits / 2); i++) {
      await page.waitForTimeout(400);
      await setCondition(page, 70);
      await page.waitForTimeout(100);
      burst.push(await timeEdit(page, WATCH, 26 + i * 2));
    }
    const serverMs = await page.getByTestId('count-status').getAttribute('title');
    const result = {
      data: data.label,
      profiles: data.profiles,
      edits: single.length,
      singleEditMs: { median: median(single), min: Math.min(...single), max: Math.max(...single), all: single.map(Math.round) },
      typingBurstMs: { median: median(burst), min: Math.min(...burst), max: Math.max(...burst), all: burst.map(Math.round) },
      lastServerTime: serverMs,
      target: `≤ ${TARGET_MS} ms`,
      met: median(single) <= TARGET_MS,
      loadAverage: loadAverage(),
      machine: machineFacts(),
      measuredAt: new Date().toISOString(),
    };
    writeFileSync('bench/results/editor.json', JSON.stringify(result, null, 2));
    console.log(`\nEditor: condition edit → new counts on screen, ${fmt(data.profiles)} profiles (${data.label})`);
    console.log(`  single edit:  median ${result.singleEditMs.median.toFixed(0)} ms (min ${result.singleEditMs.min.toFixed(0)}, max ${result.singleEditMs.max.toFixed(0)}) over ${single.length} edits — target ${result.target}: ${result.met ? 'met' : 'MISSED'}`);
    console.log(`  typing burst: median ${result.typingBurstMs.median.toFixed(0)} ms from the last keystroke (includes the 250 ms debounce)`);
    console.log(`  ${serverMs ?? ''}; load average ${result.loadAverage}; written to bench/results/editor.json`);
  } catch (error) {
    await page?.screenshot({ path: 'bench/results/editor-failure.png' }).catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`bench editor: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
