import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client';
import { PrismaClient as PostgresClient } from '@/lib/generated/postgres/client';
import { databaseUrl, dialectOf, sqliteFilePath } from './url';
import { rawDb } from './raw';

// Both clients are generated from one schema (PostgreSQL's is derived from SQLite's), so
// their model types are identical; the SQLite client's type stands for both.
export type Db = SqliteClient;

// Secret columns never leave the data layer unless a query asks for them explicitly.
const omit = { user: { passwordHash: true }, apiKey: { hash: true } } as const;

function createClient(): Db {
  const url = databaseUrl();
  if (dialectOf(url) === 'postgres') {
    const raw = rawDb();
    if (raw.dialect !== 'postgres') throw new Error('database dialect mismatch');
    return new PostgresClient({ adapter: new PrismaPg(raw.pool), omit }) as unknown as Db;
  }
  // Integer milliseconds: compact, and compared directly by the counting SQL.
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(url) }, { timestampFormat: 'unixepoch-ms' });
  return new SqliteClient({ adapter, omit });
}

const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const prisma: Db = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = prisma;
