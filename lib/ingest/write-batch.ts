import { ingestDialect } from '@/lib/db/dialects/ingest';
import { emitProfilesChanged } from './changes';
import type { IngestBatch, IngestWriteResult } from './types';

// Every ingest path (JSON routes, Segment batch, CSV chunks) writes through here: one
// transaction per batch, then the change announcement for the in-memory caches, which must
// only ever hear about committed data.
export async function writeIngestBatch(workspaceId: string, batch: IngestBatch): Promise<IngestWriteResult> {
  if (batch.profiles.length === 0 && batch.events.length === 0) {
    return { profilesWritten: 0, eventsInserted: 0, duplicates: 0, profileIds: [] };
  }
  const result = await ingestDialect().writeBatch(workspaceId, batch);
  if (result.profileIds.length > 0) emitProfilesChanged({ workspaceId, profileIds: result.profileIds });
  return result;
}
