// GET /api/v1/trees/{treeId}/versions/{version} — one published version with its document and segment sizes
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { findTreeVersion } from '@/lib/db/queries/trees/list-tree-versions';
import { type VersionParams, versionNumber } from './version-param';

export const GET = withAuth<VersionParams>(
  async ({ params, workspaceId }) => {
    const version = await findTreeVersion(workspaceId, params.treeId, versionNumber(params));
    if (!version) throw new ApiError('not_found', 'No such version of a tree in this workspace.');
    return Response.json({ version });
  },
  { permission: 'read' },
);
