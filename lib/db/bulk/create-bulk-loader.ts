import type { RawDb } from '@/lib/db/raw';
import { PostgresBulkLoader } from './postgres-loader';
import { SqliteBulkLoader } from './sqlite-loader';
import type { BulkLoader, BulkLoaderOptions } from './types';

/** The loader for the database behind a raw handle (see lib/db/raw.ts `openRawDb`). */
export async function createBulkLoader(raw: RawDb, options: BulkLoaderOptions = {}): Promise<BulkLoader> {
  return raw.dialect === 'sqlite' ? new SqliteBulkLoader(raw.sqlite, options) : PostgresBulkLoader.open(raw.pool, options);
}
