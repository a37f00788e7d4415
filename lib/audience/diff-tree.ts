import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { TreeDocument } from '@/lib/segments';
import { findTreeVersion } from '@/lib/db/queries/trees/list-tree-versions';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { CompositeTooLargeError, type Side, buildComposites } from '@/lib/tree-diff/composite-tree';
import { type DocumentDiff, diffDocuments } from '@/lib/tree-diff/diff-documents';
import { movementMatrix } from '@/lib/tree-diff/movement-matrix';
import { rootOnlyDocument } from '@/lib/validations/trees';
import { countAudience } from './count-audience';
import { resolveReferencedTrees } from './resolve-references';
import { validateDocumentOr422 } from './validate-document';

export type MovementSide = { key: Side; name: string; color: string; count: number };

export type TreeDiff = {
  /** The version compared against; null before the first publish (everyone is unassigned then). */
  base: { version: number | null };
  nodes: DocumentDiff;
  movement: {
    from: MovementSide[];
    to: MovementSide[];
    counts: number[][];
    moved: number;
    total: number;
    excludedNoConsent: number;
    asOf: string;
    tookMs: number;
    engine: 'index' | 'sql';
  };
};

const UNASSIGNED = { name: 'No segment', color: '#cbd5e1' };

function sides(document: TreeDocument, keys: Side[], counts: number[]): MovementSide[] {
  const byKey = new Map(document.nodes.flatMap((n) => (n.type === 'segment' ? [[n.data.key, n.data] as const] : [])));
  return keys.map((key, i) => {
    const data = key === null ? UNASSIGNED : byKey.get(key)!;
    return { key, name: data.name, color: data.color, count: counts[i] };
  });
}

/**
 * What publishing `document` (default: the saved draft) would change against the last
 * published version: the nodes added, removed and changed, and how many profiles move from
 * which segment to which — exact, from composite trees counted by countAudience (see
 * lib/tree-diff/composite-tree.ts), all at one asOf.
 */
export async function diffTree(workspaceId: string, treeId: string, options: { document?: unknown; asOf?: number } = {}): Promise<TreeDiff> {
  const started = performance.now();
  const tree = await findTree(workspaceId, treeId);
  if (!tree) throw new ApiError('not_found', 'No tree with that id in this workspace.');
  const { document: draft } = validateDocumentOr422(options.document ?? tree.document, ['document']);
  const last = tree.publishedVersion === null ? null : await findTreeVersion(workspaceId, treeId, tree.publishedVersion);
  const base = last?.document ?? rootOnlyDocument();
  // The draft's own references first, so their errors name the draft's nodes, not the composite's.
  await resolveReferencedTrees(workspaceId, draft, { treeId, issuePath: ['document'] });

  let composites;
  try {
    composites = buildComposites(base, draft);
  } catch (error) {
    if (error instanceof CompositeTooLargeError) throw new ApiError('validation_failed', error.message);
    throw error;
  }
  const asOf = options.asOf ?? Date.now();
  const counted = [];
  for (const composite of composites) counted.push(await countAudience(workspaceId, composite.document, { asOf, treeId, issuePath: ['document'] }));
  const matrix = movementMatrix(base, draft, composites, counted.map((c) => c.counts));
  const rowSums = matrix.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnSums = matrix.to.map((_, c) => matrix.counts.reduce((sum, row) => sum + row[c], 0));
  return {
    base: { version: last?.version ?? null },
    nodes: diffDocuments(base, draft),
    movement: {
      from: sides(base, matrix.from, rowSums),
      to: sides(draft, matrix.to, columnSums),
      counts: matrix.counts,
      moved: matrix.moved,
      total: counted[0].counts.total,
      excludedNoConsent: counted[0].counts.excludedNoConsent,
      asOf: counted[0].asOf,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      engine: counted[0].engine,
    },
  };
}
