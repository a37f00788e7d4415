import 'server-only';
import { ApiError, toErrorReply, toErrorResponse } from '@/lib/api/errors';
import type { ApiRequest, Reply } from '@/lib/api/reply';
import { isKnownOrigin } from './known-origins';

// CORS for the routes a browser on the customer's site calls (evaluate, and batch for the
// SDK's events). See docs/EVALUATE.md, "Calling from a browser", for the security model.
// Cookies are never accepted cross-site (no Allow-Credentials): a browser authenticates
// with a publishable API key, in the Authorization header or the body's writeKey.
const ALLOWED_HEADERS = 'authorization, content-type, x-api-key';
const EXPOSED_HEADERS = 'Retry-After, RateLimit-Limit, RateLimit-Remaining';
const PREFLIGHT_MAX_AGE = '7200'; // Chromium's ceiling: one preflight per origin and route every 2 h

/** The Origin of a cross-site browser request; null for server-side callers and same-origin pages. */
function crossSiteOrigin(req: Pick<ApiRequest, 'headers'>): string | null {
  const origin = req.headers.get('origin');
  if (!origin) return null;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  try {
    if (host && new URL(origin).host === host) return null;
  } catch {
    return origin;
  }
  return origin;
}

/** Inside a handler, once the workspace is known: a browser on a site the workspace does not list is refused. */
export function assertSiteOrigin(req: Pick<ApiRequest, 'headers'>, siteOrigins: readonly string[]): void {
  const origin = crossSiteOrigin(req);
  if (origin === null || siteOrigins.includes(origin)) return;
  throw new ApiError(
    'forbidden',
    `Requests from ${origin.slice(0, 200)} are not allowed. Add the origin under Settings → Site origins (it is ${siteOrigins.length === 0 ? 'empty' : 'a different list'}).`,
  );
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' };
}

/** OPTIONS: answered before (and without) authentication, for origins some workspace allows. */
export function sitePreflight(methods: string) {
  return async (req: Request): Promise<Response> => {
    const origin = crossSiteOrigin(req);
    const headers: Record<string, string> = { Vary: 'Origin' };
    if (origin && (await isKnownOrigin(origin))) {
      Object.assign(headers, corsHeaders(origin), {
        'Access-Control-Allow-Methods': `${methods}, OPTIONS`,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      });
    }
    return new Response(null, { status: 204, headers });
  };
}

type Handler<C> = (req: Request, route: C) => Promise<Response>;

/**
 * Adds the CORS response headers for a known site origin to whatever the handler answers,
 * error bodies included (so the SDK can read a 401, 403 or 429). Whether this origin may use
 * this workspace is the handler's call (assertSiteOrigin), made after authentication.
 */
export function withSiteCors<C>(handler: Handler<C>): Handler<C> {
  return async (req, route) => {
    const response = await handler(req, route);
    try {
      const cors = await siteCorsHeaders(req);
      if (cors) for (const [k, v] of Object.entries(cors)) response.headers.set(k, v);
      else response.headers.append('Vary', 'Origin');
    } catch (error) {
      return toErrorResponse(error);
    }
    return response;
  };
}

/** withSiteCors for a Reply (the lean lane's form of an answer). */
export async function withSiteCorsReply(req: Pick<ApiRequest, 'headers'>, reply: Reply): Promise<Reply> {
  try {
    const cors = await siteCorsHeaders(req);
    if (cors) return { ...reply, headers: { ...reply.headers, ...cors } };
    const vary = reply.headers.Vary;
    return { ...reply, headers: { ...reply.headers, Vary: vary ? `${vary}, Origin` : 'Origin' } };
  } catch (error) {
    return toErrorReply(error);
  }
}

/** The CORS response headers when the request comes from a site origin some workspace lists; else null. */
async function siteCorsHeaders(req: Pick<ApiRequest, 'headers'>): Promise<Record<string, string> | null> {
  const origin = crossSiteOrigin(req);
  return origin && (await isKnownOrigin(origin)) ? corsHeaders(origin) : null;
}
