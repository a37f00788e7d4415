// Which database to use, decided once from DATABASE_URL: SQLite (a file, zero set-up) by
// default, PostgreSQL when the URL says so.
export type DialectName = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./data/studio.db';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function dialectOf(url: string): DialectName {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)');
}

/** SQLite file URLs resolve against the current directory, as Prisma's CLI does. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, '').replace(/\?.*$/, '');
}
