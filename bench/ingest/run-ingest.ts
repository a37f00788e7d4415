// npm run bench -- ingest [--events 200000] [--runs 3] [--batch 500] [--in-flight 4]
//                         [--warmup 10000] [--db sqlite,postgres] [--port 3230]
// For each database: a fresh, migrated database; `next start` on it; an account and an
// ingest key from the CLI; a warm-up; then several timed runs of POST /api/v1/events; then
// a check that the database holds exactly the events the API acknowledged.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAsOf } from '@/lib/demo';
import { fmt, loadAverage, machineFacts, median } from '../lib/machine';
import { ensureBuild, startServer } from '../lib/next-server';
import { bootstrapAccount } from './bootstrap';
import { benchDatabaseUrl, countEvents, freshDatabase, postgresUnavailable, type BenchDialect } from './databases';
import { buildPayloads } from './payloads';
import { sendAll, type SendResult } from './send';

interface DialectResult {
  dialect: BenchDialect;
  skipped?: string;
  runs: (SendResult & { eventsPerSecond: number })[];
  medianEventsPerSecond: number;
  duplicateCheck: { sent: number; duplicates: number; accepted: number };
  stored: number;
  acknowledged: number;
  verified: boolean;
}

async function benchDialect(dialect: BenchDialect, o: Options, port: number): Promise<DialectResult> {
  const url = benchDatabaseUrl(dialect);
  const empty = { dialect, runs: [], medianEventsPerSecond: 0, duplicateCheck: { sent: 0, duplicates: 0, accepted: 0 }, stored: 0, acknowledged: 0, verified: false };
  if (dialect === 'postgres') {
    const reason = await postgresUnavailable(url);
    if (reason) return { ...empty, skipped: `PostgreSQL unreachable: ${reason}` };
  }
  await freshDatabase(url);
  const server = await startServer({ port, databaseUrl: url, logFile: join('bench/results', `ingest-server-${dialect}.log`) });
  try {
    const account = await bootstrapAccount(url, dialect);
    const asOf = defaultAsOf();
    let acknowledged = 0;
    const warm = buildPayloads({ events: o.warmup, batchSize: o.batch, run: 'warmup', asOf });
    acknowledged += (await sendAll(server.baseUrl, account.key, warm.bodies, o.inFlight)).accepted;

    const runs: DialectResult['runs'] = [];
    let firstBody = '';
    for (let r = 1; r <= o.runs; r++) {
      const payloads = buildPayloads({ events: o.events, batchSize: o.batch, run: `run${r}`, asOf });
      firstBody ||= payloads.bodies[0];
      const result = await sendAll(server.baseUrl, account.key, payloads.bodies, o.inFlight);
      if (result.accepted !== payloads.events) throw new Error(`${dialect} run ${r}: ${result.accepted} of ${payloads.events} accepted (${result.duplicates} duplicates, ${result.rejected} rejected)`);
      acknowledged += result.accepted;
      runs.push({ ...result, eventsPerSecond: payloads.events / result.seconds });
      console.log(`  ${dialect} run ${r}: ${fmt(payloads.events)} events in ${result.seconds.toFixed(2)} s = ${fmt(payloads.events / result.seconds)} events/s`);
    }
    // Idempotency under load: the same batch again must be all duplicates.
    const again = await sendAll(server.baseUrl, account.key, [firstBody], 1);
    acknowledged += again.accepted;
    const stored = await countEvents(url, account.workspaceId);
    return {
      dialect,
      runs,
      medianEventsPerSecond: median(runs.map((r) => r.eventsPerSecond)),
      duplicateCheck: { sent: o.batch, duplicates: again.duplicates, accepted: again.accepted },
      stored,
      acknowledged,
      verified: stored === acknowledged && again.duplicates === Math.min(o.batch, o.events),
    };
  } finally {
    await server.stop();
  }
}

interface Options {
  events: number;
  runs: number;
  batch: number;
  inFlight: number;
  warmup: number;
  dialects: BenchDialect[];
  port: number;
}

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string' }, runs: { type: 'string' }, batch: { type: 'string' }, 'in-flight': { type: 'string' },
      warmup: { type: 'string' }, db: { type: 'string' }, port: { type: 'string' },
    },
  });
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v.replace(/_/g, '')));
  const dialects = (values.db ?? 'sqlite,postgres').split(',').map((s) => s.trim()) as BenchDialect[];
  if (dialects.some((d) => d !== 'sqlite' && d !== 'postgres')) throw new Error('--db takes sqlite, postgres or both');
  return {
    events: num(values.events, 200_000),
    runs: num(values.runs, 3),
    batch: num(values.batch, 500),
    inFlight: num(values['in-flight'], 4),
    warmup: num(values.warmup, 10_000),
    dialects,
    port: num(values.port ?? process.env.BENCH_PORT, 3230),
  };
}

function report(o: Options, results: DialectResult[]) {
  const col = (s: string) => s.padStart(16);
  const rows: string[] = [];
  rows.push(`${''.padEnd(22)}${results.map((r) => col(r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL')).join('')}`);
  for (let i = 0; i < o.runs; i++) rows.push(`${`run ${i + 1} (events/s)`.padEnd(22)}${results.map((r) => col(r.runs[i] ? fmt(r.runs[i].eventsPerSecond) : '—')).join('')}`);
  rows.push(`${'median (events/s)'.padEnd(22)}${results.map((r) => col(r.skipped ? 'skipped' : fmt(r.medianEventsPerSecond))).join('')}`);
  rows.push(`${'stored = acknowledged'.padEnd(22)}${results.map((r) => col(r.skipped ? '—' : `${fmt(r.stored)} ${r.verified ? 'yes' : 'NO'}`)).join('')}`);
  console.log(`\nIngest: ${fmt(o.events)} events per run in batches of ${o.batch}, ${o.inFlight} requests in flight, ${o.runs} runs after a ${fmt(o.warmup)}-event warm-up`);
  console.log(rows.join('\n'));
  for (const r of results) if (r.skipped) console.log(`${r.dialect}: ${r.skipped}`);
}

export async function runIngestBenchmark(args: string[]) {
  const o = parseOptions(args);
  await ensureBuild();
  const loadBefore = loadAverage();
  const results: DialectResult[] = [];
  for (const [i, dialect] of o.dialects.entries()) {
    console.log(`${dialect}: fresh database, next start on port ${o.port + i}…`);
    results.push(await benchDialect(dialect, o, o.port + i));
  }
  report(o, results);
  const out = { benchmark: 'ingest', at: new Date().toISOString(), machine: { ...machineFacts(), loadBefore, loadAfter: loadAverage() }, options: o, results };
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `ingest-${out.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(out, null, 2));
  console.log(`\nMachine: ${out.machine.cpu}, ${out.machine.memoryGiB} GiB, Node ${out.machine.node}; load average ${loadBefore} before, ${out.machine.loadAfter} after. Results: ${file}`);
  if (results.some((r) => !r.skipped && !r.verified)) {
    console.error('VERIFICATION FAILED: the database does not hold exactly what was acknowledged.');
    process.exitCode = 1;
  }
}
