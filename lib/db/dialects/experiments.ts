import type { SegmentsDialectName, SqlParams } from './segments-base';

// The few places where the experiment-results SQL differs by database. Property filters and
// numeric reads reuse the segments dialects (segments-*.ts), so they mean the same as in trees.
// SQLite stores DateTime as integer milliseconds; PostgreSQL as timestamptz(3).

interface ExperimentsDialect {
  /** `column` + `ms` milliseconds, comparable with other timestamp columns. */
  plusMs(column: string, ms: number, params: SqlParams): string;
  /** Whole UTC days since 1970-01-01 of a timestamp column (floor), as an integer. */
  epochDay(column: string): string;
  /** A double-precision value. */
  float(expr: string): string;
  /** A typed NULL, so UNION ALL branches agree on column types. */
  nullOf(type: 'text' | 'int' | 'float'): string;
  /** A common table expression computed once though read several times. */
  readonly materialized: string;
}

const sqlite: ExperimentsDialect = {
  plusMs: (column, ms, params) => `(${column} + ${params.bind(ms, 'float8')})`,
  // Integer division truncates towards zero; days before 1970 need the floor.
  epochDay: (column) => `(CASE WHEN ${column} >= 0 THEN ${column} / 86400000 ELSE -((-${column} - 1) / 86400000) - 1 END)`,
  float: (expr) => `CAST(${expr} AS REAL)`,
  nullOf: () => 'NULL',
  materialized: 'AS MATERIALIZED',
};

const postgres: ExperimentsDialect = {
  // Milliseconds, not days: adding '1 day' to a timestamptz follows the session's daylight saving.
  plusMs: (column, ms, params) => `(${column} + ${params.bind(ms, 'float8')} * INTERVAL '1 millisecond')`,
  epochDay: (column) => `((${column} AT TIME ZONE 'UTC')::date - DATE '1970-01-01')`,
  float: (expr) => `CAST(${expr} AS DOUBLE PRECISION)`,
  nullOf: (type) => `CAST(NULL AS ${type === 'float' ? 'DOUBLE PRECISION' : type === 'int' ? 'INTEGER' : 'TEXT'})`,
  materialized: 'AS MATERIALIZED',
};

export const EXPERIMENTS_DIALECTS: Record<SegmentsDialectName, ExperimentsDialect> = { sqlite, postgres };
