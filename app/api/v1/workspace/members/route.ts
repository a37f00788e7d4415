// GET /api/v1/workspace/members — the workspace's members and their roles
import { withAuth } from '@/lib/api/with-auth';
import { listMembers } from '@/lib/db/queries/members/list-members';

export const GET = withAuth(async ({ workspaceId }) => Response.json({ members: await listMembers(workspaceId) }), {
  permission: 'read',
});
