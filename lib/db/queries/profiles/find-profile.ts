import { prisma } from '@/lib/db/client';

export const profileDetailSelect = {
  id: true, externalId: true, traits: true, consent: true, context: true, scores: true,
  firstSeenAt: true, lastSeenAt: true, createdAt: true, updatedAt: true,
} as const;

/** One profile by its exact (case-sensitive, untrimmed) externalId, with its event count. */
export async function findProfile(workspaceId: string, externalId: string) {
  const profile = await prisma.profile.findUnique({
    where: { workspaceId_externalId: { workspaceId, externalId } },
    select: profileDetailSelect,
  });
  if (!profile) return null;
  const eventCount = await prisma.event.count({ where: { workspaceId, profileId: profile.id } });
  return { ...profile, eventCount };
}

export type ProfileDetail = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/** The public shape of a profile: the internal integer id stays inside. */
export function toPublicProfile({ id: _id, ...rest }: ProfileDetail | Omit<ProfileDetail, 'eventCount'>) {
  return rest;
}
