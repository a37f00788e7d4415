import 'server-only';
import type { CompiledTree, TreeCounts, TreeDocument } from '@/lib/segments';
import { type RawDb, rawDb } from '@/lib/db/raw';
import { type SqlRunOptions, runSegmentMembers, runTreeCounts } from './run-tree-sql';

// The app's entry points: the engine on the app's database (rawDb()), unless a handle is given.

export type SqlCountOptions = SqlRunOptions & { db?: RawDb };

/** Counts at every node, as countTree would return for the same data and asOf. */
export function countTreeSql(tree: CompiledTree | TreeDocument | unknown, options: SqlCountOptions): Promise<TreeCounts> {
  const { db, ...rest } = options;
  return runTreeCounts(db ?? rawDb(), tree, rest);
}

/** Profile ids per segment key of a (published) tree, for other trees' `segment` conditions. */
export function listSegmentMembersSql(tree: CompiledTree | TreeDocument | unknown, options: SqlCountOptions): Promise<Record<string, number[]>> {
  const { db, ...rest } = options;
  return runSegmentMembers(db ?? rawDb(), tree, rest);
}
