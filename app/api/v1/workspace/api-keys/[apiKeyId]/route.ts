// DELETE /api/v1/workspace/api-keys/{apiKeyId} — revokes a key, effective at once in this process
import { withAuth } from '@/lib/api/with-auth';
import { forgetApiKey } from '@/lib/auth/caller';
import { revokeApiKey } from '@/lib/db/queries/api-keys/revoke-api-key';

export const DELETE = withAuth<{ apiKeyId: string }>(
  async ({ params, workspaceId }) => {
    const { hash } = await revokeApiKey(workspaceId, params.apiKeyId);
    forgetApiKey(hash);
    return new Response(null, { status: 204 });
  },
  { permission: 'admin' },
);
