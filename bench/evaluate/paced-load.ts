// The paced load generator: requests at evenly spaced instants (an open loop, as page loads
// arrive), over keep-alive connections, each latency measured from the instant the request
// was DUE, not from when a connection was free (so a stalled server is not hidden:
// coordinated omission). autocannon's rate limit (load.ts) is different: each connection sends
// its share for the second back to back at the start of every second, so 1,000/s arrives as a
// burst of 1,000 each second and the latency it reports is mostly the burst's own queue.
// The first LEAD_IN_S seconds run at the same rate but are not recorded: this process's own
// start (module loading, compilation, opening its connections) would otherwise be measured
// as server latency. Reads the same settings file as load.ts; prints one JSON line in the
// same shape.
import { Agent, request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CONTEXTS } from './contexts';

type Settings = { url: string; key: string; externalIds: string[]; slot: string; rate: number; seconds: number; connections: number; baseline?: boolean };
const s: Settings = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const url = new URL(s.baseline ? '/api/health' : s.url, s.url);
const agent = new Agent({ keepAlive: true, maxSockets: s.connections });
const TIMEOUT_MS = 10_000;
const LEAD_IN_S = 5;
const latencies: number[] = [];
// BENCH_LATENCY_LOG=file: each recorded request as "due time (epoch ms) latency (ms)", to line
// slow requests up with what the machine was doing at that instant.
const latencyLog = process.env.BENCH_LATENCY_LOG;
const dueLog: string[] = [];
const statusCodes: Record<string, { count: number }> = {};
let errors = 0;
let timeouts = 0;
let pending = 0;

function send(dueAt: number, record: boolean): void {
  const externalId = s.externalIds[Math.floor(Math.random() * s.externalIds.length)];
  const body = s.baseline ? null : JSON.stringify({ externalId, slots: [s.slot], context: CONTEXTS[Math.floor(Math.random() * CONTEXTS.length)] });
  const headers: Record<string, string> = { authorization: `Bearer ${s.key}` };
  if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  pending++;
  const req = request(url, { method: s.baseline ? 'GET' : 'POST', agent, headers, timeout: TIMEOUT_MS }, (res) => {
    res.resume();
    res.on('end', () => {
      pending--;
      if (!record) return;
      latencies.push(performance.now() - dueAt);
      if (latencyLog) dueLog.push(`${(performance.timeOrigin + dueAt).toFixed(1)} ${(performance.now() - dueAt).toFixed(2)}`);
      (statusCodes[res.statusCode!] ??= { count: 0 }).count++;
    });
  });
  let timedOut = false;
  req.on('timeout', () => {
    timedOut = true;
    if (record) timeouts++;
    req.destroy();
  });
  req.on('error', () => {
    pending--;
    if (!timedOut && record) errors++;
  });
  req.end(body ?? undefined);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 100) / 100;
}

const interval = 1000 / s.rate;
const started = performance.now();
const leadIn = Math.round(s.rate * LEAD_IN_S);
const total = leadIn + Math.round(s.rate * s.seconds);
let sent = 0;
// A 1 ms timer sends whatever has fallen due (timers are not finer than that).
const timer = setInterval(() => {
  const now = performance.now();
  while (sent < total && started + sent * interval <= now) {
    send(started + sent * interval, sent >= leadIn);
    sent++;
  }
  if (sent >= total) {
    clearInterval(timer);
    const finish = () => {
      if (pending > 0 && performance.now() - now < TIMEOUT_MS + 1000) return void setTimeout(finish, 20);
      if (latencyLog) writeFileSync(latencyLog, dueLog.join('\n') + '\n');
      const sorted = latencies.sort((a, b) => a - b);
      const elapsed = (performance.now() - started) / 1000 - LEAD_IN_S;
      const non2xx = Object.entries(statusCodes).reduce((n, [code, v]) => n + (code.startsWith('2') ? 0 : v.count), 0);
      console.log(JSON.stringify({
        requests: sorted.length,
        ratePerSecond: Math.round((sorted.length / Math.max(elapsed, s.seconds)) * 10) / 10,
        latencyMs: {
          p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), p99_9: percentile(sorted, 99.9),
          max: percentile(sorted, 100), mean: Math.round((sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)) * 100) / 100,
        },
        errors, timeouts, non2xx, statusCodes,
      }));
      agent.destroy();
    };
    finish();
  }
}, 1);
