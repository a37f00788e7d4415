// npm run bench -- ingest [--events 200000] [--runs 3] [--batch 500] [--in-flight 4]
//                         [--warmup 10000] [--db sqlite,postgres] [--port 3230]
//                         [--variants base=.next-base+old-index,new=.next-new] [--cpu-prof]
// For each database: a fresh, migrated database; `next start` on it; an account and an
// ingest key from the CLI; a warm-up; then several timed runs of POST /api/v1/events; then
// a check that the database holds exactly the events the API acknowledged. --variants runs
// several builds side by side (one server and database each, runs interleaved) for A/B
// ratios on a machine whose load changes; --cpu-prof writes the servers' CPU profiles.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAsOf } from '@/lib/demo';
import { fmt, loadAverage, machineFacts, median } from '../lib/machine';
import { ensureBuild, startServer } from '../lib/next-server';
import { bootstrapAccount } from './bootstrap';
import { benchDatabaseUrl, countEvents, execSqlite, freshDatabase, postgresUnavailable, type BenchDialect } from './databases';
import { buildPayloads } from './payloads';
import { sendAll, type SendResult } from './send';
import { cpuPerEvent, threadCpu } from './thread-cpu';

/** A build to benchmark; `oldIndex` gives a SQLite database the Event indexes of before migration 0003. */
interface Variant {
  label: string;
  distDir?: string;
  oldIndex: boolean;
}

interface VariantResult {
  variant: string;
  runs: (SendResult & { eventsPerSecond: number; loadBefore: number; cpu: ReturnType<typeof cpuPerEvent> })[];
  medianEventsPerSecond: number;
  duplicateCheck: { sent: number; duplicates: number; accepted: number };
  stored: number;
  acknowledged: number;
  verified: boolean;
}

interface DialectResult {
  dialect: BenchDialect;
  skipped?: string;
  variants: VariantResult[];
}

const OLD_SQLITE_INDEX = `DROP INDEX IF EXISTS "Event_workspaceId_name_idx";
  CREATE INDEX IF NOT EXISTS "Event_workspaceId_name_timestamp_idx" ON "Event"("workspaceId", "name", "timestamp")`;

/** One server per variant, each on its own fresh database, all started before any run. */
async function startVariant(dialect: BenchDialect, v: Variant, o: Options, port: number) {
  const url = benchDatabaseUrl(dialect, v.label);
  await freshDatabase(url);
  if (v.oldIndex && dialect === 'sqlite') execSqlite(url, OLD_SQLITE_INDEX);
  const server = await startServer({
    port, databaseUrl: url, distDir: v.distDir, logFile: join('bench/results', `ingest-server-${dialect}-${v.label}.log`),
    nodeArgs: o.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join('bench/results', `cpu-${dialect}-${v.label}`)}`] : undefined,
  });
  const account = await bootstrapAccount(url, `${dialect}-${v.label}`);
  return { v, url, server, account, acknowledged: 0, runs: [] as VariantResult['runs'] };
}

async function benchDialect(dialect: BenchDialect, o: Options, port: number): Promise<DialectResult> {
  if (dialect === 'postgres') {
    const reason = await postgresUnavailable(benchDatabaseUrl(dialect));
    if (reason) return { dialect, skipped: `PostgreSQL unreachable: ${reason}`, variants: [] };
  }
  const started: Awaited<ReturnType<typeof startVariant>>[] = [];
  try {
    for (const [i, v] of o.variants.entries()) started.push(await startVariant(dialect, v, o, port + i));
    const asOf = defaultAsOf();
    const warm = buildPayloads({ events: o.warmup, batchSize: o.batch, run: 'warmup', asOf });
    for (const s of started) s.acknowledged += (await sendAll(s.server.baseUrl, s.account.key, warm.bodies, o.inFlight)).accepted;

    let firstBody = '';
    for (let r = 1; r <= o.runs; r++) {
      // Same bodies for every variant (each has its own database); the order rotates so no
      // variant always runs first or last in a window of changing load.
      const payloads = buildPayloads({ events: o.events, batchSize: o.batch, run: `run${r}`, asOf });
      firstBody ||= payloads.bodies[0];
      for (let k = 0; k < started.length; k++) {
        const s = started[(k + r - 1) % started.length];
        const loadBefore = loadAverage();
        const cpuBefore = threadCpu(s.server.pid);
        const result = await sendAll(s.server.baseUrl, s.account.key, payloads.bodies, o.inFlight);
        const cpu = cpuPerEvent(s.server.pid, cpuBefore, threadCpu(s.server.pid), payloads.events);
        if (result.accepted !== payloads.events) throw new Error(`${dialect} ${s.v.label} run ${r}: ${result.accepted} of ${payloads.events} accepted (${result.duplicates} duplicates, ${result.rejected} rejected)`);
        s.acknowledged += result.accepted;
        s.runs.push({ ...result, eventsPerSecond: payloads.events / result.seconds, loadBefore, cpu });
        console.log(`  ${dialect} ${s.v.label} run ${r}: ${fmt(payloads.events)} events in ${result.seconds.toFixed(2)} s = ${fmt(payloads.events / result.seconds)} events/s (load ${loadBefore}); CPU µs/event: main thread ${cpu.mainUs}, busiest other ${cpu.busiestOtherUs}, process ${cpu.processUs}`);
      }
    }
    const variants: VariantResult[] = [];
    for (const s of started) {
      // Idempotency under load: the same batch again must be all duplicates.
      const again = await sendAll(s.server.baseUrl, s.account.key, [firstBody], 1);
      s.acknowledged += again.accepted;
      const stored = await countEvents(s.url, s.account.workspaceId);
      variants.push({
        variant: s.v.label,
        runs: s.runs,
        medianEventsPerSecond: median(s.runs.map((x) => x.eventsPerSecond)),
        duplicateCheck: { sent: o.batch, duplicates: again.duplicates, accepted: again.accepted },
        stored,
        acknowledged: s.acknowledged,
        verified: stored === s.acknowledged && again.duplicates === Math.min(o.batch, o.events),
      });
    }
    return { dialect, variants };
  } finally {
    for (const s of started) await s.server.stop();
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
  variants: Variant[];
  cpuProf: boolean;
}

/** `--variants base=.next-base+old-index,new=.next-new`: label=distDir, `+old-index` as above. */
function parseVariants(spec: string | undefined): Variant[] {
  if (!spec) return [{ label: 'current', oldIndex: false }];
  return spec.split(',').map((part) => {
    const [label, rest = ''] = part.trim().split('=');
    const oldIndex = rest.endsWith('+old-index');
    const distDir = rest.replace(/\+old-index$/, '') || undefined;
    if (!/^[a-z0-9_]+$/.test(label)) throw new Error(`--variants: bad label ${label}`);
    return { label, distDir, oldIndex };
  });
}

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string' }, runs: { type: 'string' }, batch: { type: 'string' }, 'in-flight': { type: 'string' },
      warmup: { type: 'string' }, db: { type: 'string' }, port: { type: 'string' }, variants: { type: 'string' }, 'cpu-prof': { type: 'boolean' },
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
    variants: parseVariants(values.variants),
    cpuProf: values['cpu-prof'] ?? false,
  };
}

function report(o: Options, results: DialectResult[]) {
  const col = (v: string) => v.padStart(14);
  console.log(`\nIngest: ${fmt(o.events)} events per run in batches of ${o.batch}, ${o.inFlight} requests in flight, ${o.runs} runs after a ${fmt(o.warmup)}-event warm-up`);
  for (const r of results) {
    if (r.skipped) {
      console.log(`${r.dialect}: ${r.skipped}`);
      continue;
    }
    const base = r.variants[0].medianEventsPerSecond;
    const rows = [`${r.dialect.padEnd(24)}${r.variants.map((v) => col(v.variant)).join('')}`];
    for (let i = 0; i < o.runs; i++) rows.push(`${`run ${i + 1} (events/s)`.padEnd(24)}${r.variants.map((v) => col(fmt(v.runs[i].eventsPerSecond))).join('')}`);
    rows.push(`${'median (events/s)'.padEnd(24)}${r.variants.map((v) => col(fmt(v.medianEventsPerSecond))).join('')}`);
    const cpuMedian = (k: 'mainUs' | 'busiestOtherUs' | 'processUs') => r.variants.map((v) => col(median(v.runs.map((x) => x.cpu[k])).toFixed(1))).join('');
    rows.push(`${'CPU µs/event main'.padEnd(24)}${cpuMedian('mainUs')}`);
    rows.push(`${'  busiest other thread'.padEnd(24)}${cpuMedian('busiestOtherUs')}`);
    rows.push(`${'  whole process'.padEnd(24)}${cpuMedian('processUs')}`);
    if (r.variants.length > 1) rows.push(`${'ratio to first'.padEnd(24)}${r.variants.map((v) => col(`${(v.medianEventsPerSecond / base).toFixed(2)}×`)).join('')}`);
    rows.push(`${'stored = acknowledged'.padEnd(24)}${r.variants.map((v) => col(`${fmt(v.stored)} ${v.verified ? 'yes' : 'NO'}`)).join('')}`);
    console.log(rows.join('\n'));
  }
}

export async function runIngestBenchmark(args: string[]) {
  const o = parseOptions(args);
  await ensureBuild();
  const loadBefore = loadAverage();
  const results: DialectResult[] = [];
  for (const [i, dialect] of o.dialects.entries()) {
    const port = o.port + i * o.variants.length;
    console.log(`${dialect}: ${o.variants.length} fresh database(s), next start on port ${port}…`);
    results.push(await benchDialect(dialect, o, port));
  }
  report(o, results);
  const out = { benchmark: 'ingest', at: new Date().toISOString(), machine: { ...machineFacts(), loadBefore, loadAfter: loadAverage() }, options: o, results };
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `ingest-${out.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(out, null, 2));
  console.log(`\nMachine: ${out.machine.cpu}, ${out.machine.memoryGiB} GiB, Node ${out.machine.node}; load average ${loadBefore} before, ${out.machine.loadAfter} after. Results: ${file}`);
  if (results.some((r) => r.variants.some((v) => !v.verified))) {
    console.error('VERIFICATION FAILED: the database does not hold exactly what was acknowledged.');
    process.exitCode = 1;
  }
}
