// npx tsx bench/preview-sql/index.ts [--as-of ISO] [--runs N] [--sqlite file] [--postgres db] [--only sqlite|postgres|hand]
// Times the reference tree of the preview benchmark (bench/preview/reference-tree.ts: 8
// segments mixing attribute, event count in a window, event sum, context and a nested group)
// through the SQL engine on SQLite and PostgreSQL, and the same tree as one hand-written
// PostgreSQL query, in one run, side by side (medians). Read-only on the databases.
// Figures go into docs/PERFORMANCE.md, "## Preview: SQL engine".
import { parseArgs } from 'node:util';
import { compileTree, type TreeCounts } from '@/lib/segments';
import { runTreeCounts } from '@/lib/segments/sql/run-tree-sql';
import { referenceTree } from '../preview/reference-tree';
import { type BenchDb, DEFAULT_POSTGRES, DEFAULT_SQLITE, openPostgres, openSqlite } from './databases';
import { handWrittenCounts } from './hand-written-pg';

const { values } = parseArgs({
  options: {
    'as-of': { type: 'string', default: '2026-11-01T00:00:00.000Z' },
    runs: { type: 'string', default: '3' },
    sqlite: { type: 'string' },
    postgres: { type: 'string' },
    only: { type: 'string' },
  },
});
const asOf = Date.parse(values['as-of']!);
const runs = Math.max(1, Number(values.runs));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function time<T>(label: string, fn: () => Promise<T>): Promise<{ seconds: number[]; result: T }> {
  let result = await fn(); // warm-up: page cache, plans, the lower-casing tables
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    seconds.push((performance.now() - start) / 1000);
    console.error(`  ${label}: run ${i + 1}/${runs} ${seconds.at(-1)!.toFixed(2)} s`);
  }
  return { seconds, result };
}

async function main() {
  const tree = compileTree(referenceTree());
  const want = (name: string) => !values.only || values.only === name;
  const sqlite = want('sqlite') ? openSqlite(values.sqlite ? [values.sqlite] : DEFAULT_SQLITE) : undefined;
  const postgres = want('postgres') || want('hand') ? await openPostgres(values.postgres ? [values.postgres] : DEFAULT_POSTGRES) : undefined;
  const rows: { engine: string; db: BenchDb; seconds: number[]; segments: Record<string, number>; total?: number }[] = [];
  const engine = async (b: BenchDb): Promise<TreeCounts> => runTreeCounts(b.db, tree, { workspaceId: b.workspaceId, asOf });
  for (const b of [sqlite, postgres]) {
    if (!b || (b === postgres && !want('postgres'))) continue;
    const profiles = b.db.dialect === 'sqlite'
      ? (b.db.sqlite.prepare('SELECT COUNT(*) AS n FROM "Profile" WHERE "workspaceId" = ?').get(b.workspaceId) as { n: number }).n
      : Number((await b.db.pool.query('SELECT COUNT(*) AS n FROM "Profile" WHERE "workspaceId" = $1', [b.workspaceId])).rows[0].n);
    console.error(`${b.db.dialect} (${b.label}): ${profiles.toLocaleString('en-US')} profiles`);
    const { seconds, result } = await time(`engine on ${b.db.dialect}`, () => engine(b));
    rows.push({ engine: `SQL engine, ${b.db.dialect}`, db: b, seconds, segments: { ...result.segments, excluded: result.excludedNoConsent }, total: result.total });
  }
  if (postgres && want('hand')) {
    const { seconds, result } = await time('hand-written on postgres', () => handWrittenCounts((postgres.db as { pool: import('pg').Pool }).pool, postgres.workspaceId, asOf));
    rows.push({ engine: 'hand-written SQL, postgres', db: postgres, seconds, segments: result });
  }
  console.log(`\nReference tree, asOf ${new Date(asOf).toISOString()}, ${runs} timed runs after one warm-up (median, min–max):\n`);
  console.log('| engine | database | median | min–max |');
  console.log('| --- | --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.engine} | ${r.db.label} | ${median(r.seconds).toFixed(2)} s | ${Math.min(...r.seconds).toFixed(2)}–${Math.max(...r.seconds).toFixed(2)} s |`);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.segments)))].sort();
  console.log(`\n| segment | ${rows.map((r) => r.engine).join(' | ')} |\n| --- |${rows.map(() => ' ---: |').join('')}`);
  for (const k of keys) console.log(`| ${k} | ${rows.map((r) => (r.segments[k] ?? 0).toLocaleString('en-US')).join(' | ')} |`);
  for (const b of [sqlite, postgres]) await b?.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
