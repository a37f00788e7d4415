// POST /api/v1/trees/{treeId}/versions/{version}/restore — the draft becomes that version's document
import { withAuth } from '@/lib/api/with-auth';
import { draftWarnings } from '@/lib/audience/draft-warnings';
import { restoreVersion } from '@/lib/audience/restore-version';
import { type VersionParams, versionNumber } from '../version-param';

export const POST = withAuth<VersionParams>(
  async ({ params, workspaceId }) => {
    const tree = await restoreVersion(workspaceId, params.treeId, versionNumber(params));
    return Response.json({ tree: { ...tree, warnings: await draftWarnings(workspaceId, tree.id, tree.document) } });
  },
  { permission: 'write' },
);
