#!/usr/bin/env bash
# npm test: unit tests, database tests on SQLite and PostgreSQL (vitest), then a production
# build and the Playwright suites (API on both databases, UI in Chromium) against the production server (scripts/serve.mjs).
# Ends with one summary line: "total: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports
status=0

echo "== vitest (unit, db-sqlite, db-postgres)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

echo "== next build"
if npx next build > reports/next-build.log 2>&1; then
  echo "build ok"
  echo "== playwright"
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=1
else
  cat reports/next-build.log
  status=1
fi

node scripts/test-summary.mjs || status=1
exit $status
