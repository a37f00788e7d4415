// POST /api/v1/profiles — upserts up to 1,000 profiles; traits, consent and context merge by key
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { ingestProfiles } from '@/lib/ingest/ingest-records';
import { parseEnvelope } from '@/lib/ingest/parse-envelope';
import { INGEST_LIMITS, profilesEnvelopeSchema } from '@/lib/validations/ingest';

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const receivedAt = Date.now();
    const { profiles } = parseEnvelope(profilesEnvelopeSchema, await readJson(req, INGEST_LIMITS.maxJsonBodyBytes), 'profiles');
    return Response.json(await ingestProfiles(workspaceId, profiles, receivedAt));
  },
  { permission: 'ingest' },
);
