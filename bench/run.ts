// npm run bench -- <name> [options]: runs one benchmark and prints its figures. Benchmarks
// are never part of `npm test`; their figures go into docs/PERFORMANCE.md.
import { parseArgs } from 'node:util';

const BENCHMARKS: Record<string, { about: string; run: (args: string[]) => Promise<void> }> = {
  ingest: {
    about: 'POST /api/v1/events throughput against `next start` on SQLite and PostgreSQL',
    run: async (args) => (await import('./ingest/run-ingest')).runIngestBenchmark(args),
  },
};

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, strict: false });
  const name = positionals[0];
  const bench = name ? BENCHMARKS[name] : undefined;
  if (!bench) {
    console.error(`Usage: npm run bench -- <name> [options]\n${Object.entries(BENCHMARKS).map(([n, b]) => `  ${n.padEnd(8)} ${b.about}`).join('\n')}`);
    process.exit(name ? 2 : 0);
  }
  await bench.run(process.argv.slice(process.argv.indexOf(name) + 1));
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
