import { openRawDb, rawDb } from '@/lib/db/raw';
import { databaseUrl } from '@/lib/db/url';
import { type ProfileChange, onProfilesChanged } from '@/lib/ingest/changes';
import { AudienceIndex } from './audience-index';
import { IndexSync } from './index-sync';
import { type AudienceDatabase, postgresAudienceDatabase, sqliteAudienceDatabase } from './load/audience-database';

// One audience index per workspace, built from the database on first use (or by rebuild()),
// kept in step with ingest, erasure and consent changes through lib/ingest/changes.ts, and
// rebuilt in the background when too much of it lives in the overlay. While a workspace's
// first index builds, getIndex() returns null and callers count with SQL; a rebuild keeps
// serving the previous index, which goes on following changes, until the new one is ready.
export type IndexState = 'absent' | 'building' | 'ready' | 'failed';

export interface IndexStatus {
  state: IndexState;
  /** A newer index is being built while this one serves. */
  rebuilding: boolean;
  builtAt: string | null;
  buildMs: number | null;
  profiles: number;
  events: number;
  /** Typed arrays and dictionaries of the index (not the process's whole footprint). */
  bytes: number;
  /** Profiles answered from the overlay (changed since the build). */
  overlay: number;
  error?: string;
}

/** Rebuild once this many profiles (or this share of the index) live in the overlay. */
export const REBUILD_AT = { profiles: 5_000, share: 0.01 };

interface Entry {
  current: { sync: IndexSync; builtAt: Date; buildMs: number } | null;
  building: Promise<void> | null;
  /** Changes announced while a build reads its snapshot: replayed into the new index. */
  heardDuringBuild: ProfileChange[] | null;
  /** The new index catching up on those before it serves. */
  next: IndexSync | null;
  error?: string;
  failedAt?: number;
}

/** After a failed build, getIndex() waits this long before trying again. */
const RETRY_AFTER_MS = 30_000;

type Registry = { entries: Map<string, Entry>; db?: AudienceDatabase; unsubscribe?: () => void };
const globalForIndex = globalThis as unknown as { audienceIndexes?: Registry };
const registry: Registry = (globalForIndex.audienceIndexes ??= { entries: new Map() });

function database(): AudienceDatabase {
  if (registry.db) return registry.db;
  const raw = rawDb();
  if (raw.dialect === 'postgres') return (registry.db = postgresAudienceDatabase(raw.pool));
  // Two more connections of the same SQLite driver, opened once and never closed: closing a
  // connection can drop file locks other SQLite copies in the process hold (see
  // lib/db/bulk/seed-workspace.ts), and streaming reads need a connection each.
  const url = databaseUrl();
  const open = () => {
    const db = openRawDb(url);
    if (db.dialect !== 'sqlite') throw new Error('expected SQLite');
    return db.sqlite;
  };
  return (registry.db = sqliteAudienceDatabase({ build: open(), reader: open(), app: raw.sqlite }));
}

function listen(): void {
  registry.unsubscribe ??= onProfilesChanged((change) => {
    const entry = registry.entries.get(change.workspaceId);
    if (!entry) return;
    entry.current?.sync.note(change);
    entry.next?.note(change);
    entry.heardDuringBuild?.push(change);
  });
}

/** The workspace's ready index, or null while it is first built (count with SQL then). */
export function getIndex(workspaceId: string): AudienceIndex | null {
  const entry = registry.entries.get(workspaceId);
  if (entry?.current) return entry.current.sync.index;
  const failedRecently = entry?.failedAt !== undefined && Date.now() - entry.failedAt < RETRY_AFTER_MS;
  if (!entry?.building && !failedRecently) void rebuild(workspaceId).catch(() => {});
  return null;
}

/** Builds (or rebuilds) the workspace's index; resolves when it serves. Joins a build under way. */
export function rebuild(workspaceId: string): Promise<void> {
  listen();
  let entry = registry.entries.get(workspaceId);
  if (!entry) registry.entries.set(workspaceId, (entry = { current: null, building: null, heardDuringBuild: null, next: null }));
  entry.building ??= build(workspaceId, entry).finally(() => {
    entry.building = null;
    entry.heardDuringBuild = null;
    entry.next = null;
  });
  return entry.building;
}

async function build(workspaceId: string, entry: Entry): Promise<void> {
  const db = database();
  entry.heardDuringBuild = [];
  const started = performance.now();
  try {
    const data = await db.load(workspaceId);
    const index = new AudienceIndex(data, db.properties(workspaceId, () => data));
    const sync = new IndexSync(db, workspaceId, index);
    index.onStale = (profileIds) => sync.note({ profileIds });
    sync.onError = (error) => console.error(`[audience-index] ${workspaceId}: applying changes failed`, error);
    sync.onApplied = () => {
      if (index.overlaySize > Math.max(REBUILD_AT.profiles, REBUILD_AT.share * data.size)) void rebuild(workspaceId).catch(() => {});
    };
    // Whatever changed while the snapshot was read goes in before the index serves.
    entry.next = sync;
    for (const change of entry.heardDuringBuild!) sync.note(change);
    entry.heardDuringBuild = null;
    await sync.whenIdle();
    entry.current = { sync, builtAt: new Date(), buildMs: performance.now() - started };
    entry.error = undefined;
    entry.failedAt = undefined;
  } catch (error) {
    entry.error = error instanceof Error ? error.message : String(error);
    entry.failedAt = Date.now();
    console.error(`[audience-index] ${workspaceId}: build failed`, error);
    throw error;
  }
}

/**
 * Builds the indexes of these workspaces one after another (for the app's start: the
 * caller lists the workspaces; this module never queries them itself). Failures are logged
 * and left to getIndex() to retry.
 */
export async function startIndexes(workspaceIds: readonly string[]): Promise<void> {
  for (const workspaceId of workspaceIds) await rebuild(workspaceId).catch(() => {});
}

export function status(workspaceId: string): IndexStatus {
  const entry = registry.entries.get(workspaceId);
  const current = entry?.current;
  const index = current?.sync.index;
  return {
    state: current ? 'ready' : entry?.building ? 'building' : entry?.error ? 'failed' : 'absent',
    rebuilding: !!(current && entry?.building),
    builtAt: current ? current.builtAt.toISOString() : null,
    buildMs: current ? Math.round(current.buildMs) : null,
    profiles: index?.profiles ?? 0,
    events: index?.data.eventCount ?? 0,
    bytes: index?.bytes() ?? 0,
    overlay: index?.overlaySize ?? 0,
    ...(entry?.error ? { error: entry.error } : {}),
  };
}

/** Resolves once every change announced so far is in the workspace's index (tests, scripts). */
export async function whenIndexIdle(workspaceId: string): Promise<void> {
  const entry = registry.entries.get(workspaceId);
  await entry?.building;
  await entry?.current?.sync.whenIdle();
}

/** Forgets a workspace's index (deleted workspace; frees its memory). */
export function dropIndex(workspaceId: string): void {
  registry.entries.delete(workspaceId);
}
