// GET /api/v1/workspace/settings — name, opt-in rule, time zone, site origins, segment minimum
// PATCH /api/v1/workspace/settings — changes any of them
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { forgetKnownOrigins } from '@/lib/evaluate/browser/known-origins';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
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
    const workspace = await updateWorkspaceSettings(workspaceId, input);
    invalidateEvaluation(workspaceId);
    forgetKnownOrigins();
    return Response.json({ workspace });
  },
  { permission: 'admin' },
);
