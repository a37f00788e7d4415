// GET /api/v1/workspace/api-keys — the workspace's keys (never the secrets)
// POST /api/v1/workspace/api-keys — creates a key and shows it once
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { parseScopes } from '@/lib/auth/roles';
import { createApiKey } from '@/lib/db/queries/api-keys/create-api-key';
import { listApiKeys } from '@/lib/db/queries/api-keys/list-api-keys';
import { createApiKeySchema } from '@/lib/validations/account';

// Scopes are stored comma-separated but always leave the API as an array.
export const GET = withAuth(
  async ({ workspaceId }) => {
    const rows = await listApiKeys(workspaceId);
    return Response.json({ apiKeys: rows.map((k) => ({ ...k, scopes: parseScopes(k.scopes) })) });
  },
  { permission: 'admin' },
);

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = createApiKeySchema.parse(await readJson(req, 16 * 1024));
    const { key, apiKey } = await createApiKey(workspaceId, input);
    const { id, name, prefix, scopes, createdAt, lastUsedAt, revokedAt } = apiKey;
    return Response.json(
      { key, apiKey: { id, name, prefix, scopes: parseScopes(scopes), createdAt, lastUsedAt, revokedAt } },
      { status: 201 },
    );
  },
  { permission: 'admin' },
);
