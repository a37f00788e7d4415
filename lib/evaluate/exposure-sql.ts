import 'server-only';
import { rawDb, withSqliteBusyRetry } from '@/lib/db/raw';
import { stmt } from './evaluate-sql';

// Exposure rows on the evaluation route's hot path, through the driver like evaluate-sql.ts:
// one indexed read on the unique (experimentId, profileId) index, and on a first exposure
// one insert that yields to a row written meanwhile (ON CONFLICT DO NOTHING) instead of
// failing, so concurrent first requests of one visitor never give a 500.

type NewExposure = { experimentId: string; profileId: number; arm: string; segmentKey: string | null; exposedAt: number };

const SQLITE_READ = `SELECT "arm" FROM "Exposure" WHERE "experimentId" = ? AND "profileId" = ?`;
const PG_READ = `SELECT "arm" FROM "Exposure" WHERE "experimentId" = $1 AND "profileId" = $2`;
// SQLite stores DateTime as integer milliseconds (the Prisma adapter's unixepoch-ms format).
const SQLITE_INSERT = `INSERT INTO "Exposure" ("experimentId", "profileId", "arm", "segmentKey", "exposedAt") VALUES (?, ?, ?, ?, ?)
  ON CONFLICT ("experimentId", "profileId") DO NOTHING`;
const PG_INSERT = `INSERT INTO "Exposure" ("experimentId", "profileId", "arm", "segmentKey", "exposedAt") VALUES ($1, $2, $3, $4, $5::timestamptz)
  ON CONFLICT ("experimentId", "profileId") DO NOTHING`;

/** The arm of the profile's exposure to the experiment, if it has one. */
export async function readExposure(experimentId: string, profileId: number): Promise<{ arm: string } | null> {
  const db = rawDb();
  if (db.dialect === 'sqlite') {
    const row = stmt(db.sqlite, SQLITE_READ).raw(true).get(experimentId, profileId) as [string] | undefined;
    return row ? { arm: row[0] } : null;
  }
  const { rows } = await db.pool.query({ name: 'exp-read', text: PG_READ, values: [experimentId, profileId], rowMode: 'array' });
  const row = rows[0] as [string] | undefined;
  return row ? { arm: row[0] } : null;
}

/**
 * Inserts the first exposure. 'inserted'; 'exists' when another request recorded one first
 * (re-read it: that arm wins); 'gone' when the profile or the experiment was deleted meanwhile.
 */
export async function insertExposure(e: NewExposure): Promise<'inserted' | 'exists' | 'gone'> {
  const db = rawDb();
  try {
    if (db.dialect === 'sqlite') {
      const run = () => stmt(db.sqlite, SQLITE_INSERT).run(e.experimentId, e.profileId, e.arm, e.segmentKey, e.exposedAt);
      return (await withSqliteBusyRetry(run)).changes === 1 ? 'inserted' : 'exists';
    }
    const values = [e.experimentId, e.profileId, e.arm, e.segmentKey, new Date(e.exposedAt).toISOString()];
    const { rowCount } = await db.pool.query({ name: 'exp-insert', text: PG_INSERT, values });
    return rowCount === 1 ? 'inserted' : 'exists';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') return 'gone';
    throw error;
  }
}
