import { prisma } from '@/lib/db/client';

export function findApiKeyByHash(hash: string) {
  return prisma.apiKey.findUnique({
    where: { hash },
    select: { id: true, workspaceId: true, scopes: true, revokedAt: true, lastUsedAt: true },
  });
}

export function touchApiKey(id: string, at: Date) {
  return prisma.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
}
