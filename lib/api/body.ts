import { ApiError, ClientClosedRequest } from './errors';
import type { ApiRequest } from './reply';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

function mediaType(req: Pick<ApiRequest, 'headers'>): string {
  return (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** A route's Request as the transport-neutral ApiRequest. */
export function apiRequest(req: Request): ApiRequest {
  return { headers: req.headers, readText: (maxBytes) => readText(req, maxBytes) };
}

/** Reads the body as text, refusing more than maxBytes without buffering it all first. */
export async function readText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(maxBytes);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      // A client that hangs up mid-body: quiet, not an unhandled error (see ClientClosedRequest).
      if (req.signal?.aborted || isAbort(error)) throw new ClientClosedRequest();
      throw error;
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Node's "aborted" / ECONNRESET on a request body, or a fetch AbortError. */
function isAbort(error: unknown): boolean {
  const e = error as { message?: unknown; code?: unknown; name?: unknown } | null;
  return e?.name === 'AbortError' || e?.message === 'aborted' || e?.code === 'ECONNRESET' || e?.code === 'ABORT_ERR';
}

export function payloadTooLarge(maxBytes: number) {
  return new ApiError('payload_too_large', `The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

export function readJson(req: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  return readJsonFrom(apiRequest(req), maxBytes);
}

export async function readJsonFrom(req: ApiRequest, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const type = mediaType(req);
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await req.readText(maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('malformed_json', 'The request body is not valid JSON.');
  }
}

export async function readCsv(req: Request, maxBytes: number): Promise<string> {
  const type = mediaType(req);
  if (type !== 'text/csv' && type !== 'text/plain' && type !== 'application/csv') {
    throw new ApiError('unsupported_media_type', 'Send the CSV file as the body with Content-Type: text/csv.');
  }
  return readText(req, maxBytes);
}

/** For routes whose body is optional: no body at all reads as {}; otherwise as readJson. */
export async function readOptionalJson(req: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  if (!req.body || req.headers.get('content-length') === '0') return {};
  return readJson(req, maxBytes);
}
