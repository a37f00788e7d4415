import 'server-only';
import { readText } from '@/lib/api/body';
import { toErrorResponse } from '@/lib/api/errors';
import { bearerToken } from '@/lib/auth/api-keys';
import { INGEST_LIMITS } from '@/lib/validations/ingest';

type Handler<C> = (req: Request, route: C) => Promise<Response>;

/**
 * Lets a request carry its API key as `writeKey` in the JSON body, as Segment's libraries
 * do: `navigator.sendBeacon` cannot set headers, and a text/plain body with no custom
 * header needs no CORS preflight. Only used when no key is sent in a header (a header
 * always wins). The body is read once here and handed on unchanged.
 */
export function withBodyWriteKey<C>(handler: Handler<C>): Handler<C> {
  return async (req, route) => {
    if (bearerToken(req) !== null || !req.body) return handler(req, route);
    let text: string;
    try {
      text = await readText(req, INGEST_LIMITS.maxJsonBodyBytes);
    } catch (error) {
      return toErrorResponse(error);
    }
    const headers = new Headers(req.headers);
    const key = writeKeyOf(text);
    if (key) headers.set('authorization', `Bearer ${key}`);
    return handler(new Request(req.url, { method: req.method, headers, body: text }), route);
  };
}

function writeKeyOf(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    const key = body && typeof body === 'object' ? (body as { writeKey?: unknown }).writeKey : undefined;
    return typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined;
  } catch {
    return undefined; // the handler reports the malformed body
  }
}
