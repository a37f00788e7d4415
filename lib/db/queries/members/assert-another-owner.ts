import type { Db } from '@/lib/db/client';
import { ApiError } from '@/lib/api/errors';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Serialises owner changes in one workspace. Without it two owners demoting each other at
 * the same moment would each still see the other as an owner (PostgreSQL, read committed)
 * and leave the workspace with none. A no-op UPDATE takes the row lock on PostgreSQL and is
 * valid SQL on SQLite, where write transactions are serialised anyway.
 */
export async function lockWorkspace(tx: Tx, workspaceId: string) {
  await tx.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${workspaceId}`;
}

export async function assertAnotherOwner(tx: Tx, workspaceId: string, exceptMembershipId: string) {
  const others = await tx.membership.count({ where: { workspaceId, role: 'owner', NOT: { id: exceptMembershipId } } });
  if (others === 0) {
    throw new ApiError('conflict', 'A workspace needs at least one owner. Make someone else an owner first.');
  }
}
