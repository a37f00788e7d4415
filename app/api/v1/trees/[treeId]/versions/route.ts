// GET /api/v1/trees/{treeId}/versions — published versions, newest first, with segment sizes
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { listTreeVersions } from '@/lib/db/queries/trees/list-tree-versions';
import type { TreeParams } from '../tree-param';

export const GET = withAuth<TreeParams>(
  async ({ params, workspaceId }) => {
    const versions = await listTreeVersions(workspaceId, params.treeId);
    if (!versions) throw new ApiError('not_found', 'No tree with that id in this workspace.');
    return Response.json({ versions });
  },
  { permission: 'read' },
);
