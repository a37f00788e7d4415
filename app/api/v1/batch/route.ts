// POST /api/v1/batch — Segment tracking-API batch (identify, track, page)
import { withAuth } from '@/lib/api/with-auth';
import { ingestSegmentBatch } from '@/lib/ingest/ingest-records';
import { parseEnvelope } from '@/lib/ingest/parse-envelope';
import { readSegmentBody } from '@/lib/ingest/read-segment-body';
import { requestFallback } from '@/lib/ingest/request-fallback';
import { segmentBatchEnvelopeSchema } from '@/lib/validations/ingest';

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const receivedAt = Date.now();
    const envelope = parseEnvelope(segmentBatchEnvelopeSchema, await readSegmentBody(req), 'batch');
    return Response.json(await ingestSegmentBatch(workspaceId, envelope.batch, envelope.context, receivedAt, requestFallback(req)));
  },
  { permission: 'ingest' },
);
