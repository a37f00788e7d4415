// The production server: Next.js (its documented custom-server API) behind node:http, with a
// lean lane for the routes a customer's site calls on every page load (lib/server/fast-lane.ts,
// registered by instrumentation.ts). Everything else, and any lane request the lane declines,
// is Next's as under `next start`.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT / HOSTNAME env work too)
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import next from 'next';

// V8 "pretenures" an allocation site once many of its objects survive a young-generation GC
// (as they do while requests queue, e.g. at start): from then on its objects are born in the
// old generation, and per-request garbage there means a full mark-compact every ~3 s at 1,000
// evaluations/s, each stalling the event loop long enough to queue the next 30–90 ms of
// requests. Off, requests' garbage dies young and full GCs stop. docs/PERFORMANCE.md, "Evaluate".
v8.setFlagsFromString('--no-allocation-site-pretenuring');

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.NODE_ENV = 'production';
process.title = 'audience-studio';

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// Registered by instrumentation.ts (lib/server/fast-lane.ts); absent under a build without it.
const takeFastLane = () => globalThis[Symbol.for('audience-studio.fast-lane')];

const server = http.createServer((req, res) => {
  if (takeFastLane()?.(req, res)) return;
  handle(req, res);
});
// Longer than a typical load balancer's idle timeout, as `next start` sets it.
server.keepAliveTimeout = 65_000;
// A port already in use (or any listen failure) ends the process: Next's own error handlers would keep it alive, serving nothing.
server.on('error', (error) => {
  console.error(`serve: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`▲ Audience Studio on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
