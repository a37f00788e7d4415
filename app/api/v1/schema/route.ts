// GET /api/v1/schema — trait paths, context fields and events with properties, types and top values (for the editor)
import { withAuth } from '@/lib/api/with-auth';
import { discoverSchema } from '@/lib/db/queries/schema/discover-schema';

export const GET = withAuth(
  async ({ workspaceId }) => Response.json(await discoverSchema(workspaceId)),
  { permission: 'read' },
);
