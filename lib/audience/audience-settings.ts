import { ApiError } from '@/lib/api/errors';
import { findWorkspaceSettings } from '@/lib/db/queries/workspaces/find-workspace-settings';

/** The workspace settings a count depends on: absent consent counts as granted unless opt-in is required. */
export async function audienceSettings(workspaceId: string): Promise<{ requireOptIn: boolean }> {
  const workspace = await findWorkspaceSettings(workspaceId);
  if (!workspace) throw new ApiError('not_found', 'Workspace not found.');
  return { requireOptIn: workspace.requireOptIn };
}
