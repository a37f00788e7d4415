// GET /api/v1/profiles/{externalId} — one profile: traits, consent, context, scores, event count
// DELETE /api/v1/profiles/{externalId} — GDPR erasure of the profile and all its events
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { eraseProfile } from '@/lib/db/queries/profiles/erase-profile';
import { toPublicProfile } from '@/lib/db/queries/profiles/find-profile';
import { emitProfilesChanged } from '@/lib/ingest/changes';
import { profileOr404, type ProfileParams } from './profile-param';

export const GET = withAuth<ProfileParams>(
  async ({ params, workspaceId }) => Response.json({ profile: toPublicProfile(await profileOr404(workspaceId, params)) }),
  { permission: 'read' },
);

export const DELETE = withAuth<ProfileParams>(
  async ({ params, workspaceId }) => {
    const erasedId = await eraseProfile(workspaceId, params.externalId);
    if (erasedId === null) throw new ApiError('not_found', 'No profile with that externalId in this workspace.');
    // After the commit, so the audience index never drops a profile that still exists.
    emitProfilesChanged({ workspaceId, profileIds: [], erasedProfileIds: [erasedId] });
    return new Response(null, { status: 204 });
  },
  { permission: 'write' },
);
