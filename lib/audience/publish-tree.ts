import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { compileTree } from '@/lib/segments';
import { findPublishedSegments } from '@/lib/db/queries/segments/find-published-segments';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { publishTreeVersion } from '@/lib/db/queries/trees/publish-tree-version';
import type { TreeVersionRow } from '@/lib/db/queries/trees/list-tree-versions';
import { segmentKeyConflict } from '@/lib/db/queries/trees/segment-key-conflict';
import { assertSegmentsUnused } from './assert-segments-unused';
import { countAudience } from './count-audience';
import { validateDocumentOr422 } from './validate-document';

/**
 * Publishes a tree's current draft as its next immutable version, with each segment's size
 * at that moment. Refuses: an invalid draft (422), a cycle through `segment` conditions or
 * a reference to an unknown segment (422), a key another tree owns (409), dropping a
 * segment another published tree uses (409).
 */
export async function publishTree(
  workspaceId: string,
  treeId: string,
  publishedById: string | null,
): Promise<TreeVersionRow & { tookMs: number; engine: 'index' | 'sql' }> {
  const tree = await findTree(workspaceId, treeId);
  if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  const { document } = validateDocumentOr422(tree.document, ['document']);
  const compiled = compileTree(document);
  const segments = document.nodes.flatMap((n) => (n.type === 'segment' ? [{ nodeId: n.id, ...n.data }] : []));

  // Checked before counting (which may take a while) so a conflict answers fast; the
  // transaction checks ownership again.
  const owned = await findPublishedSegments(workspaceId, compiled.segmentKeys);
  const taken = owned.filter((s) => s.treeId !== treeId);
  if (taken.length > 0) throw segmentKeyConflict(taken);
  const previous = tree.segmentSizes ? Object.keys(tree.segmentSizes) : [];
  await assertSegmentsUnused(workspaceId, treeId, previous.filter((k) => !compiled.segmentKeys.includes(k)));

  const { counts, engine, tookMs } = await countAudience(workspaceId, compiled, { treeId, issuePath: ['document'] });
  const version = await publishTreeVersion(workspaceId, treeId, { document, segmentSizes: counts.segments, segments, publishedById });
  return { ...version, tookMs, engine };
}
