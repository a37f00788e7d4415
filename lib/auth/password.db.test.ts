import { expect, it } from 'vitest';
import { describeDb } from '@/test/db-test';
import { hashPassword, verifyPassword } from './password';

describeDb('users and passwords in the database', () => {
  it('stores a user whose password verifies and whose hash is omitted by default', async () => {
    const { prisma } = await import('@/lib/db/client');
    const email = `u${Date.now()}@example.com`;
    const created = await prisma.user.create({ data: { email, passwordHash: await hashPassword('s3cret-pass') } });
    expect(created).not.toHaveProperty('passwordHash');
    const { findUserForSignIn } = await import('@/lib/db/queries/users/find-user-for-sign-in');
    const row = await findUserForSignIn(email);
    expect(await verifyPassword('s3cret-pass', row!.passwordHash)).toBe(true);
    expect(await verifyPassword('wrong', row!.passwordHash)).toBe(false);
    expect(row!.createdAt).toBeInstanceOf(Date);
  });
});
