import type { RequestFallback } from './enrich-context';
import { enrichContexts } from './enrich-batch';
import { normalizeEvent, normalizeProfile } from './normalize-records';
import { normalizeSegmentMessage } from './segment-message';
import type { Checked, EventWrite, JsonObject, ProfileWrite, RecordRejection } from './types';
import { writeIngestBatch } from './write-batch';

// The three JSON ingest paths: check every record, enrich the good ones, write them in one
// transaction, report. A bad record never stops the others.
export interface ProfilesReport {
  accepted: number;
  rejected: RecordRejection[];
}

export interface EventsReport extends ProfilesReport {
  duplicates: number;
}

function partition<T>(records: readonly unknown[], check: (raw: unknown) => Checked<T>) {
  const good: T[] = [];
  const rejected: RecordRejection[] = [];
  records.forEach((raw, index) => {
    const result = check(raw);
    if (result.ok) good.push(result.value);
    else rejected.push({ index, code: result.problem.code, message: result.problem.message });
  });
  return { good, rejected };
}

export async function ingestProfiles(workspaceId: string, records: readonly unknown[], receivedAt: number): Promise<ProfilesReport> {
  const { good, rejected } = partition(records, normalizeProfile);
  await enrichContexts(good);
  await writeIngestBatch(workspaceId, { profiles: good, events: [], receivedAt });
  return { accepted: good.length, rejected };
}

export async function ingestEvents(workspaceId: string, records: readonly unknown[], receivedAt: number): Promise<EventsReport> {
  const { good, rejected } = partition(records, (raw) => normalizeEvent(raw, receivedAt));
  await enrichContexts(good);
  const result = await writeIngestBatch(workspaceId, { profiles: [], events: good, receivedAt });
  return { accepted: result.eventsInserted, duplicates: result.duplicates, rejected };
}

/** Segment batch: identify → profile upserts, track/page → events; the request's UA and IP fill in. */
export async function ingestSegmentBatch(
  workspaceId: string,
  messages: readonly unknown[],
  batchContext: JsonObject | undefined,
  receivedAt: number,
  fallback: RequestFallback,
): Promise<EventsReport> {
  const { good, rejected } = partition(messages, (raw) => normalizeSegmentMessage(raw, batchContext, receivedAt));
  const profiles: ProfileWrite[] = [];
  const events: EventWrite[] = [];
  for (const w of good) {
    if (w.kind === 'profile') profiles.push(w.value);
    else events.push(w.value);
  }
  await enrichContexts([...profiles, ...events], fallback);
  const result = await writeIngestBatch(workspaceId, { profiles, events, receivedAt });
  return { accepted: profiles.length + result.eventsInserted, duplicates: result.duplicates, rejected };
}
