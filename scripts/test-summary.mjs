// Adds up the vitest and Playwright JSON reports into one closing line that any CI runner
// understands: "total: N passed, N failed, N skipped". Exits 1 when a report is missing.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0, failed = 0, skipped = 0, missing = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else missing.push('vitest');

const pw = read('reports/playwright.json');
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
} else missing.push('playwright');

if (missing.length) console.log(`missing test reports: ${missing.join(', ')}`);
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(missing.length || failed ? 1 : 0);
