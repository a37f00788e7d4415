import { prisma } from '@/lib/db/client';

/** The only query that reads the password hash. */
export function findUserForSignIn(email: string) {
  return prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
}
