// POST /api/v1/events — stores up to 1,000 events; a repeated messageId is counted once
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { ingestEvents } from '@/lib/ingest/ingest-records';
import { parseEnvelope } from '@/lib/ingest/parse-envelope';
import { eventsEnvelopeSchema, INGEST_LIMITS } from '@/lib/validations/ingest';

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const receivedAt = Date.now();
    const { events } = parseEnvelope(eventsEnvelopeSchema, await readJson(req, INGEST_LIMITS.maxJsonBodyBytes), 'events');
    return Response.json(await ingestEvents(workspaceId, events, receivedAt));
  },
  { permission: 'ingest' },
);
