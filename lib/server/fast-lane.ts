import type { IncomingMessage, ServerResponse } from 'node:http';
import { payloadTooLarge } from '@/lib/api/body';
import type { ApiRequest, Reply } from '@/lib/api/reply';
import { bearerToken } from '@/lib/auth/api-keys';

// The lean lane (docs/EVALUATE.md, "Serving at page-load rates"): the production server
// (scripts/serve.mjs) hands a few hot API routes straight to the handlers their routes wrap, skipping
// Next.js's per-request routing pipeline, which costs ≈0.9 ms of CPU per request on its own
// and caps one process below the 1,000 evaluations/s the site's page loads need.
// The handler is the one the route handler itself wraps, so authentication, validation,
// rate limits, CORS and error bodies are exactly the route's. Requests the lane does not
// take (other methods, no API key: a signed-in studio user needs Next's request context
// for cookies) go through Next as usual.

// A lane answers with the route's own transport-neutral handler (the route handler wraps
// the same function): a Reply from an ApiRequest, no Web Request/Response in between.
type LaneHandler = (req: ApiRequest) => Promise<Reply>;
type Lane = (req: IncomingMessage, res: ServerResponse, headers: ApiRequest['headers']) => void;

// On globalThis: instrumentation registers lanes in its own copy of this module, and
// scripts/serve.mjs (plain JS, outside Next's bundles) finds the dispatcher there.
const DISPATCH_KEY = Symbol.for('audience-studio.fast-lane');
const lanes = new Map<string, Lane>();

/** Node's header object read as Headers.get reads (names are lower-case there already). */
function nodeHeaders(req: IncomingMessage): ApiRequest['headers'] {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
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
  const headers = nodeHeaders(req);
  if (bearerToken({ headers }) === null) return false;
  lane(req, res, headers);
  return true;
}

/** As Response.json would send it (content-type application/json), with its length. */
function send(res: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? null : Buffer.from(JSON.stringify(reply.body));
  const headers: Record<string, string> = body ? { 'content-type': 'application/json', ...reply.headers } : { ...reply.headers };
  headers['content-length'] = String(body?.length ?? 0);
  res.writeHead(reply.status, headers);
  res.end(body ?? undefined);
}

/**
 * Registers `handler` for `METHOD path`. The body is buffered here, at most one byte over
 * `maxBodyBytes` kept (the rest drained), so the handler's readText gives the route's 413.
 */
export function registerFastLane(method: string, path: string, handler: LaneHandler, maxBodyBytes: number): void {
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
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const declared = Number(headers.get('content-length') ?? NaN);
      const readText = async (maxBytes: number) => {
        if (body.length > maxBytes || (Number.isFinite(declared) && declared > maxBytes)) throw payloadTooLarge(maxBytes);
        return body.toString('utf8');
      };
      handler({ headers, readText })
        .then((reply) => send(res, reply))
        .catch((error: unknown) => {
          // The handler maps its own errors to bodies; this is only a failure to write the answer.
          console.error('[fast-lane]', error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"error":{"code":"internal_error","message":"Something went wrong on our side. It has been logged."}}');
        });
    });
  });
}
