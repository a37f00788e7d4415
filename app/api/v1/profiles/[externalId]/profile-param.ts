import { ApiError } from '@/lib/api/errors';
import { findProfile } from '@/lib/db/queries/profiles/find-profile';

export type ProfileParams = { externalId: string };

// Route handlers get the path segment decoded once (`a%2Fb` arrives as "a/b", `%2525` as
// "%25"); the value is used exactly as it arrives, never trimmed or case-folded. (Pages get
// it re-encoded instead: see app/(dashboard)/profiles/[externalId]/page.tsx.)
export async function profileOr404(workspaceId: string, params: ProfileParams) {
  const profile = await findProfile(workspaceId, params.externalId);
  if (!profile) throw new ApiError('not_found', 'No profile with that externalId in this workspace.');
  return profile;
}
