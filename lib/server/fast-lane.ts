import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken } from '@/lib/auth/api-keys';

// The lean lane (docs/EVALUATE.md, "Serving at page-load rates"): the production server
// (scripts/serve.mjs) hands a few hot API routes straight to their route handlers, skipping
// Next.js's per-request routing pipeline, which costs ≈0.9 ms of CPU per request on its own
// and caps one process below the 1,000 evaluations/s the site's page loads need.
// The handler is the route's exported function itself, so authentication, validation,
// rate limits, CORS and error bodies are exactly the route's. Requests the lane does not
// take (other methods, no API key: a signed-in studio user needs Next's request context
// for cookies) go through Next as usual.

// Lanes serve routes without path parameters.
type RouteHandler = (req: Request, route: { params: Promise<Record<string, never>> }) => Promise<Response>;
type Lane = (req: IncomingMessage, res: ServerResponse, headers: Headers) => void;

// On globalThis: instrumentation registers lanes in its own copy of this module, and
// scripts/serve.mjs (plain JS, outside Next's bundles) finds the dispatcher there.
const DISPATCH_KEY = Symbol.for('audience-studio.fast-lane');
const lanes = new Map<string, Lane>();

function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * Answers the request on its lane and returns true, or returns false to leave it to Next:
 * no lane for `METHOD path`, or no API key (the same test the route's authentication makes,
 * bearerToken: without one the caller is a session, which needs Next's request context).
 */
export function takeFastLane(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const lane = lanes.get(`${req.method} ${q === -1 ? url : url.slice(0, q)}`);
  if (!lane) return false;
  const headers = webHeaders(req);
  if (bearerToken({ headers }) === null) return false;
  lane(req, res, headers);
  return true;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Registers `handler` (a route's exported function) for `METHOD path`. Body size is the
 * route's business (it reads the Request's stream with its own limit); the lane only refuses
 * bodies over `maxBodyBytes` early, with the same 413 the route would give.
 */
export function registerFastLane(method: string, path: string, handler: RouteHandler, maxBodyBytes: number): void {
  (globalThis as unknown as Record<symbol, unknown>)[DISPATCH_KEY] = takeFastLane;
  lanes.set(`${method} ${path}`, (req, res, headers) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    req.on('data', (chunk: Buffer) => {
      if (kept > maxBodyBytes) return; // already over: the rest is drained, not kept
      chunks.push(chunk);
      kept += chunk.length;
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      // Over the limit: the route sees one byte too many and answers its own 413.
      const body = Buffer.concat(chunks).subarray(0, maxBodyBytes + 1);
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, { method: req.method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
      handler(request, { params: Promise.resolve({}) })
        .then((response) => send(res, response))
        .catch((error: unknown) => {
          // The route maps its own errors to bodies; this is only a failure to write the answer.
          console.error('[fast-lane]', error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"error":{"code":"internal_error","message":"Something went wrong on our side. It has been logged."}}');
        });
    });
  });
}
