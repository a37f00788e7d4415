import { readJson, readText } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { INGEST_LIMITS } from '@/lib/validations/ingest';

/**
 * Like readJson, but also takes JSON sent as text/plain: browser Segment libraries use that
 * content type so that their requests need no CORS preflight.
 */
export async function readSegmentBody(req: Request): Promise<unknown> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/plain') return readJson(req, INGEST_LIMITS.maxJsonBodyBytes);
  const text = await readText(req, INGEST_LIMITS.maxJsonBodyBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('malformed_json', 'The request body is not valid JSON.');
  }
}
