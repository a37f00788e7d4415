import { prisma } from '@/lib/db/client';

export type UserName = { id: string; name: string | null; email: string };

/** Names and e-mails of the given users (who published a version); unknown ids are absent. */
export async function findUserNames(ids: readonly (string | null)[]): Promise<Map<string, UserName>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } });
  return new Map(rows.map((r) => [r.id, r]));
}
