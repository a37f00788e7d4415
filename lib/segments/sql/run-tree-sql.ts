import { type CompiledTree, type TreeCounts, type TreeDocument, compileTree, isCompiledTree } from '@/lib/segments';
import { registerSegmentFunctions } from '@/lib/db/dialects/segments-sqlite';
import type { RawDb } from '@/lib/db/raw';
import { type CompiledSql, type SqlCompileOptions, compileTreeToSql, usesZones } from './compile-tree-sql';
import { countsFromStops } from './counts-from-stops';
import { EXCLUDED_CODE } from './walk-sql';
import { ZONE_VALUES_SQL } from './zone-values-sql';

// Runs a compiled tree on a driver handle (lib/db/raw.ts) and returns exactly the shape of
// the core's countTree. When the tree needs the workspace's time-zone values, both
// statements read one snapshot (a read transaction), so a profile written in between cannot
// be judged with a zone list that does not know its zone. No `server-only` here, so scripts
// (the benchmark) can run it on connections of their own; the app uses count-tree-sql.ts.

export type SqlRunOptions = Omit<SqlCompileOptions, 'asOf' | 'zoneValues' | 'output'> & {
  /** Defaults to now. */
  asOf?: number;
};

type Row = Record<string, unknown>;

/** Numbered placeholders (?1, ?2, …) bind by number in better-sqlite3: an object keyed 1, 2, …. */
export function sqliteBindings(params: readonly unknown[]): Record<number, unknown> {
  return Object.fromEntries(params.map((value, i) => [i + 1, value]));
}

async function inSnapshot<T>(db: RawDb, run: (query: (sql: string, params: unknown[]) => Promise<Row[]>) => Promise<T>): Promise<T> {
  if (db.dialect === 'sqlite') {
    registerSegmentFunctions(db.sqlite);
    // better-sqlite3 is synchronous: nothing else runs on this connection between the statements.
    return run(async (sql, params) => db.sqlite.prepare(sql).all(sqliteBindings(params)) as Row[]);
  }
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await run(async (sql, params) => (await client.query(sql, params)).rows as Row[]);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function runCompiled<T>(
  db: RawDb,
  tree: CompiledTree | TreeDocument | unknown,
  options: SqlRunOptions,
  output: 'counts' | 'assignments',
  finish: (compiled: CompiledSql, rows: Row[]) => T,
): Promise<T> {
  const compiled = isCompiledTree(tree) ? tree : compileTree(tree);
  const asOf = options.asOf ?? Date.now();
  return inSnapshot(db, async (query) => {
    const zoneValues = usesZones(compiled)
      ? (await query(ZONE_VALUES_SQL[db.dialect], [options.workspaceId])).map((r) => String(r.zone))
      : undefined;
    const statement = compileTreeToSql(compiled, db.dialect, { ...options, asOf, zoneValues, output });
    return finish(statement, await query(statement.sql, statement.params));
  });
}

/** Counts at every node, as countTree would return for the same data and asOf. */
export function runTreeCounts(db: RawDb, tree: CompiledTree | TreeDocument | unknown, options: SqlRunOptions): Promise<TreeCounts> {
  return runCompiled(db, tree, options, 'counts', (statement, rows) =>
    countsFromStops(statement.tree, statement.stops, rows.map((r) => ({ stop: Number(r.stop), n: Number(r.n) }))),
  );
}

/** Profile ids per segment key: what `segment` conditions of other trees take as segmentMembers. */
export function runSegmentMembers(db: RawDb, tree: CompiledTree | TreeDocument | unknown, options: SqlRunOptions): Promise<Record<string, number[]>> {
  return runCompiled(db, tree, options, 'assignments', (statement, rows) => {
    const keyOf = new Map(statement.stops.flatMap((s) => (s.kind === 'segment' ? [[s.code, s.key] as const] : [])));
    const members: Record<string, number[]> = Object.fromEntries(statement.tree.segmentKeys.map((k) => [k, [] as number[]]));
    for (const row of rows) {
      const code = Number(row.stop);
      const key = code === EXCLUDED_CODE ? undefined : keyOf.get(code);
      if (key !== undefined) members[key].push(Number(row.id));
    }
    return members;
  });
}
