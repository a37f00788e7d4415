import type { IncomingMessage, ServerResponse } from 'node:http';

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
/** Answers the request and returns true, or returns false to leave it to Next. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const LANES_KEY = Symbol.for('audience-studio.fast-lanes');
type Lanes = Map<string, NodeHandler>;
const registry = globalThis as unknown as { [LANES_KEY]?: Lanes };

/** Lanes by `METHOD /path`, read by scripts/serve.mjs for every request. */
function lanes(): Lanes {
  return (registry[LANES_KEY] ??= new Map());
}

function hasApiKey(req: IncomingMessage): boolean {
  return /^(Bearer|Basic)\s/i.test(req.headers.authorization ?? '') || typeof req.headers['x-api-key'] === 'string';
}

function toWebRequest(req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const host = req.headers.host ?? 'localhost';
  return new Request(`http://${host}${req.url}`, { method: req.method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
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
  const lane = (req: IncomingMessage, res: ServerResponse): void => {
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
      handler(toWebRequest(req, body), { params: Promise.resolve({}) })
        .then((response) => send(res, response))
        .catch((error: unknown) => {
          // The route maps its own errors to bodies; this is only a failure to write the answer.
          console.error('[fast-lane]', error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"error":{"code":"internal_error","message":"Something went wrong on our side. It has been logged."}}');
        });
    });
  };
  lanes().set(`${method} ${path}`, (req, res) => {
    if (!hasApiKey(req)) return false;
    lane(req, res);
    return true;
  });
}
