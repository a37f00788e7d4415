import type { CompiledTree, Condition, TreeNode } from '@/lib/segments';
import { ROOT_BRANCH } from '@/lib/segments';

// The tree as one nested CASE that yields, per profile, the place it stops: a segment leaf
// or a branch left unconnected. Codes are small integers chosen here (0 is reserved for
// "excluded: no consent"); the counts of every node follow from the counts per stop, since
// each node is reached by exactly one path (counts-from-stops.ts). Nesting follows the tree,
// so each condition appears once and a profile only evaluates those on its own path.

export type Stop =
  | { code: number; kind: 'segment'; nodeId: string; key: string }
  | { code: number; kind: 'unassigned'; nodeId: string; branch: string };

export const EXCLUDED_CODE = 0;

export function walkSql(tree: CompiledTree, conditionSql: (c: Condition) => string): { sql: string; stops: Stop[] } {
  const documentNodes = new Map<string, TreeNode>(tree.document.nodes.map((n) => [n.id, n]));
  const stops: Stop[] = [];
  type Place = { kind: 'segment'; nodeId: string; key: string } | { kind: 'unassigned'; nodeId: string; branch: string };
  const stop = (s: Place): string => {
    const code = stops.length + 1;
    stops.push({ ...s, code } as Stop);
    return String(code);
  };
  const next = (nodeId: string, branch: string, target: string | undefined): string =>
    target === undefined ? stop({ kind: 'unassigned', nodeId, branch }) : walk(target);

  const walk = (id: string): string => {
    const node = tree.nodes.get(id)!;
    switch (node.kind) {
      case 'segment':
        return stop({ kind: 'segment', nodeId: id, key: node.key });
      case 'root':
        return next(id, ROOT_BRANCH, node.next);
      case 'split': {
        const doc = documentNodes.get(id) as Extract<TreeNode, { type: 'split' }>;
        return `CASE WHEN ${conditionSql(doc.data.condition)} THEN ${next(id, 'yes', node.yes)} ELSE ${next(id, 'no', node.no)} END`;
      }
      case 'switch': {
        const doc = documentNodes.get(id) as Extract<TreeNode, { type: 'switch' }>;
        // Cases in order: the first that holds wins, as in the core.
        const whens = node.cases.map((c, i) => `WHEN ${conditionSql(doc.data.cases[i].condition)} THEN ${next(id, c.id, c.next)}`);
        return `CASE ${whens.join(' ')} ELSE ${next(id, 'else', node.otherwise)} END`;
      }
    }
  };
  return { sql: walk(tree.rootId), stops };
}
