// GET /api/v1/profiles/{externalId}/events?cursor&limit — the profile's timeline, newest first
import { withAuth } from '@/lib/api/with-auth';
import { listProfileEvents } from '@/lib/db/queries/profiles/list-profile-events';
import { eventPageSchema } from '@/lib/validations/profiles';
import { profileOr404, type ProfileParams } from '../profile-param';

export const GET = withAuth<ProfileParams>(
  async ({ req, params, workspaceId }) => {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const page = eventPageSchema.parse(query);
    const profile = await profileOr404(workspaceId, params);
    return Response.json(await listProfileEvents(workspaceId, profile.id, page));
  },
  { permission: 'read' },
);
