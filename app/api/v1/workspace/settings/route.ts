// GET /api/v1/workspace/settings — name, opt-in rule, time zone, site origins, segment minimum
// PATCH /api/v1/workspace/settings — changes any of them
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { findWorkspaceSettings, updateWorkspaceSettings } from '@/lib/db/queries/workspaces/find-workspace-settings';
import { workspaceSettingsSchema } from '@/lib/validations/workspace';

export const GET = withAuth(
  async ({ workspaceId }) => {
    const workspace = await findWorkspaceSettings(workspaceId);
    if (!workspace) throw new ApiError('not_found', 'Workspace not found.');
    return Response.json({ workspace });
  },
  { permission: 'read' },
);

export const PATCH = withAuth(
  async ({ req, workspaceId }) => {
    const input = workspaceSettingsSchema.parse(await readJson(req, 16 * 1024));
    return Response.json({ workspace: await updateWorkspaceSettings(workspaceId, input) });
  },
  { permission: 'admin' },
);
