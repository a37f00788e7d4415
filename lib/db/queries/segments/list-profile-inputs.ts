import { prisma } from '@/lib/db/client';
import type { EvaluationInput } from '@/lib/segments';

/**
 * One page of profiles (id ascending, after `afterId`, or exactly `ids`) with all their
 * events in storage order (id ascending: the order the evaluator's messageId deduplication
 * expects), shaped as the pure evaluator's input. For sampling members; never for
 * whole-workspace counts.
 */
export async function listProfileInputs(
  workspaceId: string,
  page: { afterId?: number; take: number; ids?: readonly number[] },
): Promise<EvaluationInput[]> {
  const profiles = await prisma.profile.findMany({
    where: {
      workspaceId,
      ...(page.afterId !== undefined ? { id: { gt: page.afterId } } : {}),
      ...(page.ids ? { id: { in: [...page.ids] } } : {}),
    },
    select: { id: true, externalId: true, traits: true, consent: true, context: true, scores: true },
    orderBy: { id: 'asc' },
    take: page.take,
  });
  if (profiles.length === 0) return [];
  const events = await prisma.event.findMany({
    where: { workspaceId, profileId: { in: profiles.map((p) => p.id) } },
    select: { profileId: true, name: true, timestamp: true, properties: true, messageId: true },
    orderBy: { id: 'asc' },
  });
  const byProfile = new Map<number, EvaluationInput['events'][number][]>();
  for (const { profileId, ...event } of events) {
    const list = byProfile.get(profileId) ?? [];
    list.push(event);
    byProfile.set(profileId, list);
  }
  return profiles.map((profile) => ({ profile, events: byProfile.get(profile.id) ?? [] }));
}
