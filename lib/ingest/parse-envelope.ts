import type { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { INGEST_LIMITS } from '@/lib/validations/ingest';

/**
 * Checks a request's envelope. A malformed envelope throws zod's error (422 with issue
 * paths); more than the record limit is a 413, checked before any record is looked at.
 */
export function parseEnvelope<T extends Record<K, unknown[]>, K extends string>(schema: z.ZodType<T>, body: unknown, listKey: K): T {
  const envelope = schema.parse(body);
  const count = envelope[listKey].length;
  if (count > INGEST_LIMITS.maxRecords) {
    throw new ApiError(
      'payload_too_large',
      `A request may carry at most ${INGEST_LIMITS.maxRecords} ${listKey}; this one has ${count}. Split it into smaller batches.`,
    );
  }
  return envelope;
}
