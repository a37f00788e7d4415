// The load generator, run as its own process so it never shares a CPU queue with the
// server's event loop: autocannon at a fixed overall rate, each request a random
// externalId. Reads its settings from the JSON file named on the command line, prints one
// JSON line of results. Rate 0: a closed loop (no rate cap), each connection sending its next
// request as soon as the answer to the last is in.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { CONTEXTS } from './contexts';

type Settings = { url: string; key: string; externalIds: string[]; slot: string; rate: number; seconds: number; connections: number; baseline?: boolean };

const s: Settings = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = autocannon(
  {
    // baseline: the framework's floor, GET /api/health (no auth, no database) at the same rate.
    url: s.baseline ? new URL('/api/health', s.url).toString() : s.url,
    method: s.baseline ? 'GET' : 'POST',
    connections: s.connections,
    overallRate: s.rate > 0 ? s.rate : undefined, // 0: a closed loop, each connection sends as soon as its answer is in
    duration: s.seconds,
    headers: { authorization: `Bearer ${s.key}`, 'content-type': 'application/json' },
    requests: s.baseline ? undefined : [
      {
        setupRequest: (req) => {
          const externalId = s.externalIds[Math.floor(Math.random() * s.externalIds.length)];
          const context = CONTEXTS[Math.floor(Math.random() * CONTEXTS.length)];
          return { ...req, body: JSON.stringify({ externalId, slots: [s.slot], context }) };
        },
      },
    ],
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const l = result.latency;
    console.log(JSON.stringify({
      requests: result.requests.total,
      ratePerSecond: result.requests.average,
      latencyMs: { p50: l.p50, p90: l.p90, p99: l.p99, p99_9: l.p99_9, max: l.max, mean: l.mean },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
    }));
  },
);
process.once('SIGINT', () => instance.stop());
