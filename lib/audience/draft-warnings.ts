import { type TreeDocument, validateTree } from '@/lib/segments';
import { findPublishedSegments } from '@/lib/db/queries/segments/find-published-segments';
import { type TreeIssue, treeIssues } from './tree-issues';

/** A saved draft's warnings: the core's (a branch left open, …) and segment keys already taken. */
export async function draftWarnings(workspaceId: string, treeId: string, document: TreeDocument): Promise<TreeIssue[]> {
  return [...treeIssues(validateTree(document).warnings, ['document']), ...(await keyConflictWarnings(workspaceId, treeId, document))];
}

/**
 * What the canvas should flag before publish refuses it: a segment key another tree of the
 * workspace has already published (keys are unique per workspace). Added to the core's
 * warnings for a saved draft; the draft itself is fine to save.
 */
export async function keyConflictWarnings(workspaceId: string, treeId: string, document: TreeDocument): Promise<TreeIssue[]> {
  // A saved draft may be incomplete: only leaves with a key so far take part.
  const leaves = document.nodes.flatMap((n, index) => (n.type === 'segment' && typeof n.data?.key === 'string' ? [{ index, id: n.id, key: n.data.key, name: n.data.name }] : []));
  const taken = new Map(
    (await findPublishedSegments(workspaceId, leaves.map((l) => l.key))).filter((s) => s.treeId !== treeId).map((s) => [s.key, s.treeName]),
  );
  return leaves.flatMap((leaf) => {
    const owner = taken.get(leaf.key);
    if (owner === undefined) return [];
    return [{
      path: ['document', 'nodes', leaf.index, 'data', 'key'],
      nodeId: leaf.id,
      code: 'segment_key_taken',
      message: `Segment '${leaf.name}': the key '${leaf.key}' is already used by tree '${owner}'; choose another before publishing.`,
    }];
  });
}
