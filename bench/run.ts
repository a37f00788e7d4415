// npm run bench -- <name> [options]: runs one benchmark and prints its figures. Benchmarks
// are never part of `npm test`; their figures go into docs/PERFORMANCE.md.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const BENCHMARKS: Record<string, { about: string; run: (args: string[]) => Promise<void> }> = {
  ingest: {
    about: 'POST /api/v1/events throughput against `next start` on SQLite and PostgreSQL',
    run: async (args) => (await import('./ingest/run-ingest')).runIngestBenchmark(args),
  },
  preview: {
    about: 'exact full-tree preview through the in-memory audience index (1M/20M, scale curve)',
    run: (args) => runScript('bench/preview/index.ts', args),
  },
  evaluate: {
    about: 'POST /api/v1/evaluate at a fixed rate (autocannon, second process) against `next start` on 1M profiles',
    run: (args) => runScript('bench/evaluate/index.ts', args),
  },
  editor: {
    about: 'tree editor in Chromium: condition edit → new counts on screen (1M profiles), median of 20 edits',
    run: (args) => runScript('bench/editor/index.ts', args),
  },
  'experiment-results': {
    about: 'the experiment results query (one metric, set-based SQL) on fresh SQLite and PostgreSQL databases',
    run: (args) => runScript('bench/experiment-results/index.ts', args),
  },
  'preview-sql': {
    about: 'the same reference tree through the SQL engine on SQLite and PostgreSQL, and hand-written SQL',
    run: (args) => runScript('bench/preview-sql/index.ts', args),
  },
};

/** Benchmarks that parse their own flags at load run as their own process. */
function runScript(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...args], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))));
  });
}

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, strict: false });
  const name = positionals[0];
  const bench = name ? BENCHMARKS[name] : undefined;
  if (!bench) {
    console.error(`Usage: npm run bench -- <name> [options]\n${Object.entries(BENCHMARKS).map(([n, b]) => `  ${n.padEnd(12)} ${b.about}`).join('\n')}`);
    process.exit(name ? 2 : 0);
  }
  await bench.run(process.argv.slice(process.argv.indexOf(name) + 1));
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
