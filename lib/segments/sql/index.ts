// The SQL engine for tree counts (SQLite and PostgreSQL): a tree compiles to one
// parameterised statement whose result must equal the core's countTree. See docs/SQL-ENGINE.md.
export { compileTreeToSql, usesZones, SEGMENTS_DIALECTS, type CompiledSql, type SqlCompileOptions } from './compile-tree-sql';
export { countsFromStops } from './counts-from-stops';
export { type Stop, EXCLUDED_CODE } from './walk-sql';
export { ZONE_VALUES_SQL } from './zone-values-sql';
export { countTreeSql, listSegmentMembersSql, type SqlCountOptions } from './count-tree-sql';
export { runTreeCounts, runSegmentMembers, sqliteBindings, type SqlRunOptions } from './run-tree-sql';
