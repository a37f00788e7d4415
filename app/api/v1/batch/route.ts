// POST /api/v1/batch — Segment tracking-API batch (identify, track, page); the key may come as the body's writeKey
// OPTIONS /api/v1/batch — CORS preflight for the workspaces' site origins (the browser SDK)
import { withAuth } from '@/lib/api/with-auth';
import { withBodyWriteKey } from '@/lib/evaluate/browser/body-write-key';
import { sitePreflight, withSiteCors } from '@/lib/evaluate/browser/site-cors';
import { ingestSegmentBatch } from '@/lib/ingest/ingest-records';
import { parseEnvelope } from '@/lib/ingest/parse-envelope';
import { readSegmentBody } from '@/lib/ingest/read-segment-body';
import { requestFallback } from '@/lib/ingest/request-fallback';
import { segmentBatchEnvelopeSchema } from '@/lib/validations/ingest';

export const OPTIONS = sitePreflight('POST');

export const POST = withSiteCors(withBodyWriteKey(withAuth(
  async ({ req, workspaceId }) => {
    const receivedAt = Date.now();
    const envelope = parseEnvelope(segmentBatchEnvelopeSchema, await readSegmentBody(req), 'batch');
    return Response.json(await ingestSegmentBatch(workspaceId, envelope.batch, envelope.context, receivedAt, requestFallback(req)));
  },
  { permission: 'ingest' },
)));
