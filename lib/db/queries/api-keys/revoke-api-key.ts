import { prisma } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';

/**
 * Marks a key revoked (the row stays for the audit trail of prefix and last use) and
 * returns its hash so the caller can drop it from the in-process key cache. Revoking a
 * key twice is not an error: DELETE is idempotent.
 */
export async function revokeApiKey(workspaceId: string, apiKeyId: string, now = new Date()) {
  const key = await prisma.apiKey.findFirst({ where: { id: apiKeyId, workspaceId }, select: { id: true, hash: true, revokedAt: true } });
  if (!key) throw new ApiError('not_found', 'No API key with that id in this workspace.');
  if (!key.revokedAt) await prisma.apiKey.updateMany({ where: { id: key.id, workspaceId, revokedAt: null }, data: { revokedAt: now } });
  return { hash: key.hash };
}
