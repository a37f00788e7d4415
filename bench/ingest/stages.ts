// µs per event of each step of POST /api/v1/events, in one process without Next.js or
// HTTP, on the same bodies as the benchmark: where the server's time goes, and what a change
// to one step buys. Not a throughput figure (no HTTP, no concurrency).
//   npx tsx --conditions=react-server bench/ingest/stages.ts [--db sqlite|postgres] [--events 100000] [--context]
import { parseArgs } from 'node:util';
import { defaultAsOf } from '@/lib/demo';
import { benchDatabaseUrl, freshDatabase } from './databases';
import { buildPayloads } from './payloads';

const { values } = parseArgs({ options: { db: { type: 'string' }, events: { type: 'string' }, context: { type: 'boolean' }, 'drop-index': { type: 'string', multiple: true }, pragma: { type: 'string', multiple: true } } });
const dialect = values.db === 'postgres' ? 'postgres' : 'sqlite';
const url = dialect === 'sqlite' ? 'file:./data/bench-stages.db' : benchDatabaseUrl('postgres').replace(/studio_bench$/, 'studio_bench_stages');
process.env.DATABASE_URL = url;

async function main() {
  await freshDatabase(url);
  const { prisma } = await import('@/lib/db/client');
  const { parseEnvelope } = await import('@/lib/ingest/parse-envelope');
  const { eventsEnvelopeSchema } = await import('@/lib/validations/ingest');
  const { normalizeEvent } = await import('@/lib/ingest/normalize-records');
  const { enrichContexts } = await import('@/lib/ingest/enrich-batch');
  const { writeIngestBatch } = await import('@/lib/ingest/write-batch');
  const { closeRawDb, rawDb } = await import('@/lib/db/raw');
  const raw = rawDb();
  // What-if: a pragma on the ingest connection (e.g. wal_autocheckpoint=10000).
  for (const pragma of values.pragma ?? []) if (raw.dialect === 'sqlite') raw.sqlite.pragma(pragma);

  // What-if: the cost of an index is measured by dropping it first.
  for (const index of values['drop-index'] ?? []) await prisma.$executeRawUnsafe(`DROP INDEX "${index.replace(/"/g, '')}"`);
  const ws = await prisma.workspace.create({ data: { name: 'stages' } });
  const asOf = defaultAsOf();
  const opts = { batchSize: 500, asOf, withContext: values.context ?? false };
  const total = Number(values.events ?? 100_000);
  const writes: number[] = [];
  const time = { parse: 0, envelope: 0, normalize: 0, enrich: 0, write: 0 };
  for (const [run, events] of [['warm', 10_000], ['timed', total]] as const) {
    const { bodies } = buildPayloads({ ...opts, events, run });
    const t = { parse: 0, envelope: 0, normalize: 0, enrich: 0, write: 0 };
    for (const body of bodies) {
      const receivedAt = Date.now();
      let at = performance.now();
      const lap = (k: keyof typeof t) => {
        const now = performance.now();
        t[k] += now - at;
        at = now;
      };
      const json = JSON.parse(body);
      lap('parse');
      const { events: records } = parseEnvelope(eventsEnvelopeSchema, json, 'events');
      lap('envelope');
      const good = records.flatMap((r) => {
        const c = normalizeEvent(r, receivedAt);
        return c.ok ? [c.value] : [];
      });
      lap('normalize');
      await enrichContexts(good);
      lap('enrich');
      const before = at;
      await writeIngestBatch(ws.id, { profiles: [], events: good, receivedAt });
      lap('write');
      if (run === 'timed') writes.push(at - before);
      // A server's event loop turns between requests (timers, worker messages); so does this one.
      await new Promise((resolve) => setImmediate(resolve));
      at = performance.now();
    }
    if (run === 'timed') Object.assign(time, t);
  }
  const all = Object.values(time).reduce((a, b) => a + b, 0);
  console.log(`${dialect}${opts.withContext ? ', with userAgent + ip context' : ''}: µs per event over ${total.toLocaleString('en-US')} events`);
  for (const [k, ms] of Object.entries(time)) console.log(`  ${k.padEnd(10)} ${((ms * 1000) / total).toFixed(1).padStart(7)}`);
  console.log(`  ${'total'.padEnd(10)} ${((all * 1000) / total).toFixed(1).padStart(7)}  (= ${Math.round(total / (all / 1000)).toLocaleString('en-US')} events/s on one core)`);
  writes.sort((x, y) => x - y);
  const pct = (q: number) => writes[Math.min(writes.length - 1, Math.floor(q * writes.length))].toFixed(0);
  console.log(`  write per batch: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
  if (raw.dialect === 'sqlite') {
    const { existsSync, statSync } = await import('node:fs');
    const wal = 'data/bench-stages.db-wal';
    if (existsSync(wal)) console.log(`  WAL now ${(statSync(wal).size / 2 ** 20).toFixed(0)} MiB`);
  }
  await prisma.$disconnect();
  await closeRawDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
