import { ApiError } from '@/lib/api/errors';
import { type CompiledTree, type TreeDocument, segmentReferences } from '@/lib/segments';
import { findPublishedSegments } from '@/lib/db/queries/segments/find-published-segments';
import { compilePublished } from './compile-published';
import type { TreeIssue } from './tree-issues';

/** A published tree whose segments a `segment` condition reads, at its latest version. */
export type ReferencedTree = { treeId: string; treeName: string; version: number; compiled: CompiledTree };

type Link = { key: string; treeName: string };

/**
 * Every published tree the document depends on through `segment` conditions, transitively,
 * dependencies first (so their memberships can be computed in this order). Refuses with a
 * 422: a key no published tree has, and a cycle — including one back to `treeId`, the saved
 * tree this document is (or will be) a version of. Keys are unique per workspace, so a key
 * names exactly one tree.
 */
export async function resolveReferencedTrees(
  workspaceId: string,
  document: TreeDocument,
  options: { treeId?: string; issuePath?: (string | number)[] } = {},
): Promise<ReferencedTree[]> {
  const order: ReferencedTree[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const issuePath = options.issuePath ?? [];

  const visit = async (keys: string[], chain: Link[], from: TreeDocument | null): Promise<void> => {
    const found = await findPublishedSegments(workspaceId, keys);
    const byKey = new Map(found.map((s) => [s.key, s]));
    const missing = keys.filter((k) => !byKey.has(k));
    if (missing.length > 0) throw missingSegments(missing, chain, from, issuePath);
    for (const key of keys) {
      const segment = byKey.get(key)!;
      const link = [...chain, { key, treeName: segment.treeName }];
      if (segment.treeId === options.treeId) throw cycle(link, 'this tree', issuePath);
      if (state.get(segment.treeId) === 'visiting') throw cycle(link, `tree '${segment.treeName}'`, issuePath);
      if (state.has(segment.treeId)) continue;
      state.set(segment.treeId, 'visiting');
      const compiled = compilePublished(segment.document, segment);
      await visit(segmentReferences(compiled.document), link, null);
      state.set(segment.treeId, 'done');
      order.push({ treeId: segment.treeId, treeName: segment.treeName, version: segment.version, compiled });
    }
  };

  await visit(segmentReferences(document), [], document);
  return order;
}

function missingSegments(keys: string[], chain: Link[], from: TreeDocument | null, issuePath: (string | number)[]): ApiError {
  const list = keys.map((k) => `'${k}'`).join(', ');
  const where = chain.length > 0 ? `Tree '${chain[chain.length - 1].treeName}' uses` : 'This tree uses';
  const message = `${where} segment${keys.length > 1 ? 's' : ''} ${list}, which no published tree has. Publish the tree that defines ${keys.length > 1 ? 'them' : 'it'} first, or pick another segment.`;
  const issues: TreeIssue[] = keys.map((key) => {
    const index = from ? from.nodes.findIndex((n) => segmentReferences({ version: 1, nodes: [n], edges: [] }).includes(key)) : -1;
    return {
      path: index >= 0 ? [...issuePath, 'nodes', index] : issuePath,
      message: `Segment '${key}' is not in any published tree.`,
      code: 'unknown_segment',
      ...(index >= 0 && from ? { nodeId: from.nodes[index].id } : {}),
    };
  });
  return new ApiError('validation_failed', message, issues);
}

function cycle(chain: Link[], backTo: string, issuePath: (string | number)[]): ApiError {
  const steps = chain.map((l) => `segment '${l.key}' of tree '${l.treeName}'`).join(', which uses ');
  const message = `Trees cannot depend on each other in a circle: this tree uses ${steps}, which leads back to ${backTo}.`;
  return new ApiError('validation_failed', message, [{ path: issuePath, message, code: 'segment_cycle' }]);
}
