// One interface for loading many profiles and events straight through the database driver,
// implemented per dialect (sqlite-loader.ts, postgres-loader.ts). Rows arrive with their JSON
// already serialised and instants as epoch milliseconds, the form both dialects write
// fastest; the loaders add workspaceId and everything the database needs.
import type { DialectName } from '@/lib/db/url';

export interface BulkProfileRow {
  externalId: string;
  /** JSON text. */
  traits: string;
  consent: string;
  context: string;
  firstSeenAt: number;
  lastSeenAt: number;
  createdAt: number;
  updatedAt: number;
}

export interface BulkEventRow {
  profileId: number;
  name: string;
  timestamp: number;
  /** JSON text. */
  properties: string;
  context: string;
  messageId: string | null;
  receivedAt: number;
}

export interface BulkLoader {
  readonly dialect: DialectName;
  /** True when Profile and Event were empty at the start, so load-only shortcuts were safe. */
  readonly fresh: boolean;
  /** Inserts the profiles and returns their new ids, in the same order. */
  insertProfiles(workspaceId: string, rows: BulkProfileRow[]): Promise<number[]>;
  /** Inserts events of profiles inserted before (by any earlier call). */
  insertEvents(workspaceId: string, rows: BulkEventRow[]): Promise<void>;
  /** Makes everything durable and undoes the load-only settings. */
  finish(): Promise<void>;
  /** Gives the connection back after a failure; what was committed stays. */
  close(): Promise<void>;
}

export interface BulkLoaderOptions {
  /** false: never take the fresh-database shortcuts, even on an empty database (tests). */
  freshShortcuts?: boolean;
}
