// npm run bench -- evaluate [--db sqlite,postgres] [--server serve,next-start] [--generator paced,autocannon,autocannon-closed] [--rate 1000] [--seconds 60] [--warmup 10] [--baseline 20]
//                           [--connections 64] [--closed-connections 2] [--port 3250] [--sqlite file:…] [--postgres postgresql://…]
// POST /api/v1/evaluate from a second process — at a fixed rate evenly paced (paced-load.ts)
// and in autocannon's per-second bursts (load.ts), and as autocannon's closed loop — against the production server
// of `npm start` (scripts/serve.mjs, lean lane) and plain `next start`, on the 1,000,000-profile / 20,000,000-event demo data, with a
// published tree that has event conditions (bench/preview's reference tree) and a slot
// whose variants are rendered. Random existing externalIds. Target: p99 ≤ 10 ms, 0 errors.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { fmt, loadAverage, machineFacts } from '../lib/machine';
import { type ServerKind, ensureBuild, startServer } from '../lib/next-server';

const root = join(import.meta.dirname, '../..');
// Copies of the 1M-profile databases of the preview benchmarks (see docs/PERFORMANCE.md):
// evaluation writes a tree, a slot and a key, so it never runs on someone else's files.
const DEFAULT_SQLITE = 'file:./data/bench-evaluate.db';
const DEFAULT_POSTGRES = 'postgresql://studio:studio@localhost:5432/studio_bench_eva';

type Prepared = { workspaceId: string; key: string; profiles: number; slot: string; externalIds: string[] };
type LoadResult = {
  requests: number;
  ratePerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; p99_9: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, { count: number }>;
};

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** Server CPU per request since `before` (cpuSeconds): what the route costs, whatever else the machine is doing. */
function cpuMsPerRequest(pid: number, before: number, requests: number): number {
  return Math.round(((cpuSeconds(pid) - before) * 1000 * 1000) / Math.max(1, requests)) / 1000;
}

type GcTotals = { scavenges: number; scavengeMs: number; full: number; fullMs: number };

/** The server's GC totals so far, as gc-probe.cjs last wrote them (it writes every 500 ms). */
async function gcTotals(file: string): Promise<GcTotals> {
  await new Promise((resolve) => setTimeout(resolve, 600));
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { scavenges: 0, scavengeMs: 0, full: 0, fullMs: 0 };
}

function gcSince(before: GcTotals, after: GcTotals): GcTotals {
  const ms = (x: number) => Math.round(x * 10) / 10;
  return { full: after.full - before.full, fullMs: ms(after.fullMs - before.fullMs), scavenges: after.scavenges - before.scavenges, scavengeMs: ms(after.scavengeMs - before.scavengeMs) };
}

function node(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }).then((r) => r.stdout);
}

async function prepare(url: string): Promise<Prepared> {
  const env = { ...process.env, DATABASE_URL: url };
  await promisify(execFile)(process.execPath, ['scripts/migrate.mjs'], { cwd: root, env });
  const out = await node(['bench/evaluate/prepare.ts', '20000'], env);
  return JSON.parse(out.trim().split('\n').pop()!);
}

/**
 * autocannon (load.ts) at the fixed rate (its per-second bursts), autocannon as a closed loop
 * (a few connections, each sending as soon as its answer is in: the rate is what the server
 * sustains), or the paced open loop (paced-load.ts).
 */
type Generator = 'autocannon' | 'autocannon-closed' | 'paced';

type LoadSettings = { url: string; key: string; externalIds: string[]; slot: string; rate: number; connections: number; closedConnections: number; seconds: number; baseline?: boolean };

function load(settings: LoadSettings, generator: Generator = 'autocannon'): Promise<LoadResult> {
  if (generator === 'autocannon-closed') settings = { ...settings, rate: 0, connections: settings.closedConnections };
  // Settings (with 20,000 ids) go through a file: too long for a command line.
  const file = join(root, 'bench/results/evaluate-load-settings.json');
  writeFileSync(file, JSON.stringify(settings));
  const script = generator === 'paced' ? 'bench/evaluate/paced-load.ts' : 'bench/evaluate/load.ts';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load generator exited with ${code}`))));
  });
}

async function benchDatabase(label: string, url: string, o: Options) {
  if (url.startsWith('file:') && !existsSync(url.slice(5))) return { label, skipped: `${url} does not exist (copy a 1M-profile database there; see docs/PERFORMANCE.md)` };
  console.log(`${label}: preparing ${url.replace(/\/\/[^@]*@/, '//…@')} …`);
  const prepared = await prepare(url);
  console.log(`  ${fmt(prepared.profiles)} profiles; ${fmt(prepared.externalIds.length)} random externalIds`);
  // The route's own work without HTTP: what Next.js adds is the difference.
  const settingsFile = join(root, 'bench/results/evaluate-in-process.json');
  writeFileSync(settingsFile, JSON.stringify({ workspaceId: prepared.workspaceId, externalIds: prepared.externalIds, slot: prepared.slot }));
  const inProcess = JSON.parse((await node(['bench/evaluate/in-process.ts', settingsFile, '5000'], { ...process.env, DATABASE_URL: url })).trim().split('\n').pop()!);
  console.log(`  in-process (no HTTP), 5,000 sequential: mean ${inProcess.meanMs} ms, p50 ${inProcess.p50Ms} ms, p99 ${inProcess.p99Ms} ms; load average ${loadAverage()}`);
  const servers = [];
  for (const kind of o.servers) servers.push(await benchServer(label, kind, url, prepared, o));
  return { label, url: url.replace(/\/\/[^@]*@/, '//…@'), profiles: prepared.profiles, inProcess, servers };
}

async function benchServer(label: string, kind: ServerKind, url: string, prepared: Prepared, o: Options) {
  console.log(`  ${kind === 'serve' ? 'npm start\'s server (scripts/serve.mjs, lean lane)' : 'plain next start'}:`);
  // Evaluation never reads the audience index: its build at boot (≈25 s of both cores at 1M)
  // would only steal CPU from the first minute, so these servers start without it.
  const gcFile = join(root, `bench/results/evaluate-gc-${label}-${kind}.json`);
  const server = await startServer({
    port: o.port, databaseUrl: url, server: kind, logFile: join(root, `bench/results/evaluate-server-${label}-${kind}.log`),
    nodeArgs: ['-r', join(root, 'bench/evaluate/gc-probe.cjs')],
    env: { AUDIENCE_INDEX_AT_START: '0', BENCH_GC_PROBE_FILE: gcFile },
  });
  try {
    const settings = { url: `${server.baseUrl}/api/v1/evaluate`, key: prepared.key, externalIds: prepared.externalIds, slot: prepared.slot, rate: o.rate, connections: o.connections, closedConnections: o.closedConnections };
    const probe = await fetch(settings.url, { method: 'POST', headers: { authorization: `Bearer ${prepared.key}`, 'content-type': 'application/json' }, body: JSON.stringify({ externalId: prepared.externalIds[0], slots: [prepared.slot] }) });
    if (!probe.ok) throw new Error(`probe: ${probe.status} ${await probe.text()}`);
    console.log(`  warm-up ${o.warmup} s at ${o.rate}/s …`);
    await load({ ...settings, seconds: o.warmup });
    const measured: Record<string, LoadResult & { serverCpuMsPerRequest: number; gc: GcTotals; loadAverage: { min: number; max: number } }> = {};
    for (const generator of o.generators) {
      const loads: number[] = [loadAverage()];
      const sampler = setInterval(() => loads.push(loadAverage()), 5000);
      console.log(`  measuring ${o.seconds} s ${generator === 'autocannon-closed' ? `as a closed loop over ${o.closedConnections} connections` : `at ${o.rate}/s`} (${generator}) …`);
      const cpuBefore = cpuSeconds(server.pid);
      const gcBefore = await gcTotals(gcFile);
      const result = await load({ ...settings, seconds: o.seconds }, generator).finally(() => clearInterval(sampler));
      const gc = gcSince(gcBefore, await gcTotals(gcFile));
      const serverCpuMsPerRequest = cpuMsPerRequest(server.pid, cpuBefore, result.requests);
      loads.push(loadAverage());
      const l = result.latencyMs;
      console.log(`  ${generator}: ${fmt(result.requests)} requests (${result.ratePerSecond.toFixed(0)}/s): p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, p99.9 ${l.p99_9} ms, max ${l.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; server CPU ${serverCpuMsPerRequest} ms/request; GCs: ${gc.full} full (${gc.fullMs} ms), ${gc.scavenges} young (${gc.scavengeMs} ms); load average ${Math.min(...loads)}–${Math.max(...loads)}`);
      measured[generator] = { ...result, serverCpuMsPerRequest, gc, loadAverage: { min: Math.min(...loads), max: Math.max(...loads) } };
    }
    // The framework's floor on the same server and machine: GET /api/health at the same rate.
    const baseCpu = cpuSeconds(server.pid);
    const baseline = await load({ ...settings, seconds: o.baselineSeconds, baseline: true });
    const baselineCpuMsPerRequest = cpuMsPerRequest(server.pid, baseCpu, baseline.requests);
    console.log(`  baseline GET /api/health ${o.baselineSeconds} s: ${baseline.ratePerSecond.toFixed(0)}/s, p50 ${baseline.latencyMs.p50} ms, p99 ${baseline.latencyMs.p99} ms; server CPU ${baselineCpuMsPerRequest} ms/request; load average ${loadAverage()}`);
    return {
      server: kind, ...measured,
      baseline: { ...baseline, serverCpuMsPerRequest: baselineCpuMsPerRequest },
    };
  } finally {
    await server.stop();
  }
}

type Options = { dbs: string[]; servers: ServerKind[]; generators: Generator[]; rate: number; seconds: number; warmup: number; baselineSeconds: number; connections: number; closedConnections: number; port: number; sqlite: string; postgres: string };

export async function runEvaluateBenchmark(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'sqlite,postgres' },
      server: { type: 'string', default: 'serve,next-start' },
      generator: { type: 'string', default: 'paced,autocannon,autocannon-closed' },
      rate: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '10' },
      baseline: { type: 'string', default: '20' },
      connections: { type: 'string', default: '64' },
      'closed-connections': { type: 'string', default: '2' },
      port: { type: 'string', default: '3250' },
      sqlite: { type: 'string', default: process.env.BENCH_EVALUATE_SQLITE || DEFAULT_SQLITE },
      postgres: { type: 'string', default: process.env.BENCH_EVALUATE_PG || DEFAULT_POSTGRES },
    },
  });
  const o: Options = {
    dbs: values.db!.split(','), servers: values.server!.split(',') as ServerKind[], generators: values.generator!.split(',') as Generator[], rate: Number(values.rate), seconds: Number(values.seconds), warmup: Number(values.warmup), baselineSeconds: Number(values.baseline),
    connections: Number(values.connections), closedConnections: Number(values['closed-connections']), port: Number(values.port), sqlite: values.sqlite!, postgres: values.postgres!,
  };
  // The benchmark measures the route, not the limiter: lift the per-key limit far above the rate.
  process.env.EVALUATE_RATE_LIMIT = String(o.rate * 100);
  await ensureBuild();
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const results = [];
  for (const db of o.dbs) results.push(await benchDatabase(db, db === 'sqlite' ? o.sqlite : o.postgres, o));
  const file = join(root, `bench/results/evaluate-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine: machineFacts(), options: o, results }, null, 2));
  console.log(`results: ${file}`);
}
