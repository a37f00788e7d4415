import 'server-only';
import type { IngestBatch, IngestWriteResult } from '@/lib/ingest/types';
import { rawDb } from '@/lib/db/raw';
import { sqliteIngest } from './ingest-sqlite';
import { postgresIngest } from './ingest-postgres';

/**
 * The one place ingest SQL differs by database. An implementation writes a whole batch in
 * ONE transaction and resolves only after it committed ("accepted means durable"):
 * - profile upserts first: traits, consent and context merged into the stored objects by
 *   top-level key (repeats of one externalId in the batch are folded in order); a new
 *   profile's firstSeenAt/lastSeenAt are the time of receipt;
 * - then events: one whose messageId is already stored in the workspace, or repeated earlier
 *   in the batch, is skipped and counted as a duplicate; an unknown externalId creates the
 *   profile; each stored event widens the profile's firstSeenAt/lastSeenAt and, when at
 *   least as new as lastSeenAt, merges its context into the profile's last-seen context.
 * Every value is a bound parameter; table and column names are fixed in the SQL.
 */
export interface IngestDialect {
  writeBatch(workspaceId: string, batch: IngestBatch): Promise<IngestWriteResult>;
}

export function ingestDialect(): IngestDialect {
  const db = rawDb();
  return db.dialect === 'sqlite' ? sqliteIngest(db.sqlite) : postgresIngest(db.pool);
}
