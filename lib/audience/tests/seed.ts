import type { EvaluationInput } from '@/lib/segments';
import { type SeedProfile, referenceInputs } from './fixtures';

export { splitTree, type SeedProfile } from './fixtures';

/** Writes the profiles and events through the ingest writer (as the API would); returns the core's input for them. */
export async function seedProfiles(workspaceId: string, profiles: readonly SeedProfile[]): Promise<EvaluationInput[]> {
  const { writeIngestBatch } = await import('@/lib/ingest/write-batch');
  await writeIngestBatch(workspaceId, {
    receivedAt: Date.UTC(2024, 0, 1),
    profiles: profiles.map((p) => ({ externalId: p.externalId, traits: p.traits ?? {}, consent: p.consent ?? {}, context: p.context ?? {} })),
    events: profiles.flatMap((p) =>
      (p.events ?? []).map((e) => ({
        externalId: p.externalId, name: e.name, timestamp: e.timestamp, properties: e.properties ?? {}, context: {}, messageId: e.messageId ?? null,
      })),
    ),
  });
  return referenceInputs(profiles);
}
