import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { PropertySource } from '../property-columns';
import type { IndexData } from '../storage/index-data';
import { loadPostgresIndex, postgresPropertySource } from './postgres-loader';
import { type Reread, rereadPostgres, rereadSqlite } from './reread-profiles';
import { loadSqliteIndex, sqlitePropertySource } from './sqlite-loader';

// What an index needs from its database, per dialect: a full load, property columns on
// demand, and the current state of changed profiles.
export interface AudienceDatabase {
  load(workspaceId: string): Promise<IndexData>;
  properties(workspaceId: string, data: () => IndexData): PropertySource;
  reread(workspaceId: string, ids: readonly number[]): Promise<Reread>;
}

/** Runs one task at a time: a better-sqlite3 connection with an open iterator is busy. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => {});
    return run;
  };
}

/**
 * SQLite: builds and property loads stream with pauses for the event loop, so each has a
 * connection of its own (`build`, `reader`), used by one task at a time; re-reads are short
 * and synchronous, on the app's connection (`app`).
 */
export function sqliteAudienceDatabase(connections: { build: Database.Database; reader: Database.Database; app: Database.Database }): AudienceDatabase {
  const building = serial();
  const reading = serial();
  return {
    load: (workspaceId) => building(() => loadSqliteIndex(connections.build, workspaceId)),
    properties: (workspaceId, data) => {
      const source = sqlitePropertySource(connections.reader, workspaceId, data);
      return { load: (timeline, key, live) => reading(() => source.load(timeline, key, live)) };
    },
    reread: async (workspaceId, ids) => rereadSqlite(connections.app, workspaceId, ids),
  };
}

export function postgresAudienceDatabase(pool: pg.Pool): AudienceDatabase {
  return {
    load: (workspaceId) => loadPostgresIndex(pool, workspaceId),
    properties: (workspaceId, data) => postgresPropertySource(pool, workspaceId, data),
    reread: (workspaceId, ids) => rereadPostgres(pool, workspaceId, ids),
  };
}
