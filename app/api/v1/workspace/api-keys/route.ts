// GET /api/v1/workspace/api-keys — the workspace's keys (never the secrets)
// POST /api/v1/workspace/api-keys — creates a key and shows it once
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { createApiKey } from '@/lib/db/queries/api-keys/create-api-key';
import { listApiKeys } from '@/lib/db/queries/api-keys/list-api-keys';
import { createApiKeySchema } from '@/lib/validations/account';

export const GET = withAuth(async ({ workspaceId }) => Response.json({ apiKeys: await listApiKeys(workspaceId) }), {
  permission: 'admin',
});

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = createApiKeySchema.parse(await readJson(req, 16 * 1024));
    const { key, apiKey } = await createApiKey(workspaceId, input);
    return Response.json({ key, apiKey: { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, scopes: apiKey.scopes.split(',') } }, { status: 201 });
  },
  { permission: 'admin' },
);
