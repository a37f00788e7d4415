import { ApiError } from '@/lib/api/errors';
import { type TreeDocument, segmentReferences } from '@/lib/segments';
import { listTreeDocuments } from '@/lib/db/queries/segments/list-tree-documents';

/**
 * Refuses (409) to remove segments that another tree's latest published version still uses
 * in a `segment` condition: that tree would stop counting or evaluating. Drafts are not
 * protected — they are checked when previewed or published.
 */
export async function assertSegmentsUnused(workspaceId: string, treeId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const wanted = new Set(keys);
  const users = (await listTreeDocuments(workspaceId))
    .filter((t) => t.id !== treeId && t.published)
    .flatMap((t) => usedKeys(t.published!, wanted).map((key) => ({ key, tree: t.name })));
  if (users.length === 0) return;
  const list = users.map((u) => `'${u.key}' (used by tree '${u.tree}')`).join(', ');
  throw new ApiError(
    'conflict',
    `Other published trees still use segment${users.length > 1 ? 's' : ''} ${list}. Change those trees first.`,
    users.map((u) => ({ path: ['segments', u.key], message: `Used by tree '${u.tree}'.`, code: 'segment_in_use' })),
  );
}

function usedKeys(document: TreeDocument, wanted: Set<string>): string[] {
  return segmentReferences(document).filter((k) => wanted.has(k));
}
