// An API answer before it is a Response. Route handlers turn it into one (replyResponse); the
// production server's lean lane (lib/server/fast-lane.ts) writes it straight to the socket,
// because Web Request/Response objects (undici, web streams, an AbortSignal each) are what
// filled the old generation at page-load rates and set off a full GC every 3 s.

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Sent as JSON; undefined: no body at all. */
  body: unknown;
}

/** The route handler's form of a reply: Response.json, or an empty body. */
export function replyResponse(reply: Reply): Response {
  if (reply.body === undefined) return new Response(null, { status: reply.status, headers: reply.headers });
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}

/** What a handler reads of a request, whichever server received it (Next, or the lean lane). */
export interface ApiRequest {
  headers: { get(name: string): string | null };
  /** The body as text; over maxBytes: ApiError payload_too_large. */
  readText(maxBytes: number): Promise<string>;
}
