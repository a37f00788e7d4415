import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { type CompiledTree, type TreeCounts, type TreeDocument, compileTree, isCompiledTree } from '@/lib/segments';
import { audienceSettings } from './audience-settings';
import { computeSegmentMembers } from './compute-segment-members';
import { pickEngine } from './pick-engine';
import { resolveReferencedTrees } from './resolve-references';
import { validateDocumentOr422 } from './validate-document';

export type CountAudienceOptions = {
  /** The instant to count at (ms or Date); default now. Same asOf, same data → same counts. */
  asOf?: number | Date;
  /** The saved tree the document belongs to: a `segment` condition leading back to it is a cycle (422). */
  treeId?: string;
  /** Where issues about the document point in the request body (e.g. ['tree']). */
  issuePath?: (string | number)[];
};

export type AudienceCount = {
  counts: TreeCounts;
  engine: 'index' | 'sql';
  tookMs: number;
  /** ISO-8601, UTC. */
  asOf: string;
};

/**
 * The one way to count a tree's audience. Uses the workspace's in-memory index when it is
 * ready, else the SQL engine (asking the index to build meanwhile); both return exactly the
 * core's countTree. `segment` conditions read the latest published version of the tree
 * owning each key, whose members are computed first at the same asOf and consent rule
 * (lib/audience/compute-segment-members.ts); an unknown key or a cycle is a 422.
 */
export async function countAudience(
  workspaceId: string,
  tree: CompiledTree | TreeDocument | unknown,
  options: CountAudienceOptions = {},
): Promise<AudienceCount> {
  const started = performance.now();
  const asOf = options.asOf === undefined ? Date.now() : +options.asOf;
  if (!Number.isFinite(asOf)) throw new ApiError('validation_failed', 'asOf must be a valid instant.');
  // A document is validated here too, so a caller that skipped it still gets a 422, never a 500.
  const compiled = isCompiledTree(tree) ? tree : compileTree(validateDocumentOr422(tree, options.issuePath ?? []).document);
  const [{ requireOptIn }, referenced] = await Promise.all([
    audienceSettings(workspaceId),
    resolveReferencedTrees(workspaceId, compiled.document, { treeId: options.treeId, issuePath: options.issuePath }),
  ]);
  const engine = await pickEngine(workspaceId);
  const run = { workspaceId, asOf, requireOptIn };
  const segmentMembers = await computeSegmentMembers(engine, referenced, run);
  const counts = await engine.count(compiled, { ...run, segmentMembers });
  return { counts, engine: engine.name, tookMs: Math.round((performance.now() - started) * 10) / 10, asOf: new Date(asOf).toISOString() };
}
