import type { RequestFallback } from './enrich-context';

/**
 * The caller's own User-Agent and address, for /batch, whose messages usually come straight
 * from a browser. The first X-Forwarded-For entry is the client as the nearest proxy saw it
 * (`next start` sets the header to the socket address when no proxy did). These are used
 * to derive device/os/browser and location only; they are not stored in the context.
 */
export function requestFallback(req: Request): RequestFallback {
  const userAgent = req.headers.get('user-agent')?.trim() || undefined;
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || req.headers.get('x-real-ip')?.trim() || undefined;
  return { userAgent, ip };
}
