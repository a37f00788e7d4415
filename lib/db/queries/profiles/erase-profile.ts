import { prisma } from '@/lib/db/client';

/**
 * GDPR erasure: the profile, its events and its exposures, in one transaction. Returns the
 * internal id so caches can drop it, or null when there was nothing to erase.
 */
export async function eraseProfile(workspaceId: string, externalId: string): Promise<number | null> {
  return prisma.$transaction(async (tx) => {
    const profile = await tx.profile.findUnique({ where: { workspaceId_externalId: { workspaceId, externalId } }, select: { id: true } });
    if (!profile) return null;
    // Explicit deletes rather than relying on ON DELETE CASCADE alone: the intent is
    // visible here and it holds even on a database created without the foreign keys.
    await tx.event.deleteMany({ where: { workspaceId, profileId: profile.id } });
    await tx.exposure.deleteMany({ where: { profileId: profile.id, experiment: { workspaceId } } });
    await tx.profile.delete({ where: { id: profile.id } });
    return profile.id;
  });
}
