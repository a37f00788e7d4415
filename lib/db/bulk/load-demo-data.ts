import type { DemoBatch, DemoEvent, DemoProfile } from '@/lib/demo';
import type { BulkEventRow, BulkLoader, BulkProfileRow } from './types';

// Demo data → database rows. createdAt/updatedAt follow first/last seen and receivedAt the
// event time, as if every event had arrived live: charts of ingest volume then show the
// demo's 90 days of history rather than one spike at the moment of loading.
export interface LoadProgress {
  profiles: number;
  events: number;
  /** Every row is written; indexes are being built and the transaction committed. */
  finishing?: boolean;
}

/** Rows for one write; events' profileId holds the index into `profiles` until ids exist. */
interface RowGroup {
  profiles: BulkProfileRow[];
  events: BulkEventRow[];
}

/** Events gathered into one write: big enough to amortise a statement, small enough for memory. */
const EVENTS_PER_WRITE = 50_000;

function profileRow(p: DemoProfile): BulkProfileRow {
  return {
    externalId: p.externalId,
    traits: JSON.stringify(p.traits),
    consent: JSON.stringify(p.consent),
    context: JSON.stringify(p.context),
    firstSeenAt: p.firstSeenAt,
    lastSeenAt: p.lastSeenAt,
    createdAt: p.firstSeenAt,
    updatedAt: p.lastSeenAt,
  };
}

function eventRow(e: DemoEvent, profileSlot: number): BulkEventRow {
  return {
    profileId: profileSlot,
    name: e.name,
    timestamp: e.timestamp,
    properties: JSON.stringify(e.properties),
    context: '{}',
    messageId: e.messageId,
    receivedAt: e.timestamp,
  };
}

/**
 * Gathers generator batches into one write, yielding to the event loop between them: while
 * the next group is generated, the previous write (a PostgreSQL COPY) keeps streaming to the
 * server, so the database and the generator work at the same time.
 */
async function nextGroup(source: Iterator<DemoBatch>): Promise<RowGroup | null> {
  const group: RowGroup = { profiles: [], events: [] };
  while (group.events.length < EVENTS_PER_WRITE && group.profiles.length < EVENTS_PER_WRITE) {
    const step = source.next();
    if (step.done) break;
    const first = step.value.profiles.length ? step.value.profiles[0].index : 0;
    const offset = group.profiles.length;
    for (const p of step.value.profiles) group.profiles.push(profileRow(p));
    for (const e of step.value.events) group.events.push(eventRow(e, offset + e.profileIndex - first));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return group.profiles.length ? group : null;
}

/** Loads every batch and returns the totals; calls onProgress after each write. */
export async function loadDemoData(
  loader: BulkLoader,
  workspaceId: string,
  batches: Iterable<DemoBatch>,
  onProgress?: (done: LoadProgress) => void,
): Promise<LoadProgress> {
  const done: LoadProgress = { profiles: 0, events: 0 };
  const source = batches[Symbol.iterator]();
  try {
    let group = await nextGroup(source);
    while (group) {
      const ids = await loader.insertProfiles(workspaceId, group.profiles);
      for (const e of group.events) e.profileId = ids[e.profileId];
      const writing = loader.insertEvents(workspaceId, group.events);
      const following = nextGroup(source);
      await writing;
      done.profiles += group.profiles.length;
      done.events += group.events.length;
      onProgress?.({ ...done });
      group = await following;
    }
    onProgress?.({ ...done, finishing: true });
    await loader.finish();
  } catch (error) {
    await loader.close().catch(() => {});
    throw error;
  }
  return done;
}
