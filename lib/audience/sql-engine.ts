import 'server-only';
import { countTreeSql, listSegmentMembersSql } from '@/lib/segments/sql';
import type { AudienceEngine } from './engine';

/** The SQL engine on the app's database: always available, one statement per tree. */
export const sqlEngine: AudienceEngine = {
  name: 'sql',
  count: (tree, run) => countTreeSql(tree, run),
  members: (tree, run) => listSegmentMembersSql(tree, run),
};
