import { prisma } from '@/lib/db/client';
import { generateApiKey } from '@/lib/auth/api-keys';
import type { Scope } from '@/lib/auth/roles';

/** Returns the key in clear exactly once; only its hash is stored. */
export async function createApiKey(workspaceId: string, input: { name: string; scopes: Scope[] }) {
  const { key, prefix, hash } = generateApiKey();
  const row = await prisma.apiKey.create({
    data: { workspaceId, name: input.name, prefix, hash, scopes: [...new Set(input.scopes)].join(',') },
  });
  return { key, apiKey: row };
}
