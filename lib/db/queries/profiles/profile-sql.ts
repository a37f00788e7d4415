import 'server-only';
import { rawDb } from '@/lib/db/raw';

/**
 * The few SQL differences the profile search needs, behind one small interface so the
 * query itself reads the same on both databases. Values are always bound; the only text
 * spliced into SQL comes from this file.
 */
export interface ProfileSqlDialect {
  /** Appends a bound value and returns its placeholder (`@pn` or `$n`); a placeholder may be used more than once. */
  bind(value: unknown): string;
  /** SQL text of `traits.<path>` as a string (null when missing or not a string). */
  traitText(pathPlaceholder: string): string;
  /** SQL comparing the JSON value at `traits.<path>` with any of the JSON texts bound. */
  traitJsonIn(pathPlaceholder: string, jsonPlaceholders: string[]): string;
  /** The bound form of a trait path (`["address","city"]`). */
  path(parts: string[]): unknown;
  /** Case-insensitive "haystack contains needle" (needle already lower-cased). */
  containsLower(haystack: string, needlePlaceholder: string): string;
  run<T>(sql: string): Promise<T[]>;
}

export function profileSqlDialect(): ProfileSqlDialect {
  const db = rawDb();
  const params: unknown[] = [];
  if (db.dialect === 'sqlite') {
    // Named parameters, because a plain `?` binds once per occurrence.
    return {
      bind: (value) => (params.push(value), `@p${params.length}`),
      // Each part double-quoted, so keys with '-' or '$' are read literally.
      path: (parts) => '$' + parts.map((p) => `."${p}"`).join(''),
      traitText: (p) => `(CASE WHEN json_type("traits", ${p}) = 'text' THEN json_extract("traits", ${p}) END)`,
      // `->` yields the JSON text of the value ('"pro"', '31', 'true').
      traitJsonIn: (p, values) => `("traits" -> ${p}) IN (${values.join(', ')})`,
      // instr() rather than LIKE: no wildcard characters to escape in the needle.
      containsLower: (h, n) => `instr(lower(${h}), ${n}) > 0`,
      run: async <T>(sql: string) => db.sqlite.prepare(sql).all(Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]))) as T[],
    };
  }
  return {
    bind: (value) => (params.push(value), `$${params.length}`),
    path: (parts) => parts,
    traitText: (p) => `(CASE WHEN jsonb_typeof("traits" #> ${p}::text[]) = 'string' THEN "traits" #>> ${p}::text[] END)`,
    // jsonb equality compares numbers numerically and strings exactly.
    traitJsonIn: (p, values) => `("traits" #> ${p}::text[]) IN (${values.map((v) => `${v}::jsonb`).join(', ')})`,
    containsLower: (h, n) => `strpos(lower(${h}), ${n}) > 0`,
    run: async <T>(sql: string) => (await db.pool.query(sql, params)).rows as T[],
  };
}
