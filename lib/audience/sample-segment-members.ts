import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { evaluateTree } from '@/lib/segments';
import { findPublishedSegments } from '@/lib/db/queries/segments/find-published-segments';
import { listProfileInputs } from '@/lib/db/queries/segments/list-profile-inputs';
import { audienceSettings } from './audience-settings';
import { compilePublished } from './compile-published';
import { computeSegmentMembers } from './compute-segment-members';
import { type DescribedStep, describePath } from './describe-path';
import { membershipLookup } from './membership-lookup';
import { pickEngine } from './pick-engine';
import { resolveReferencedTrees } from './resolve-references';

const PAGE = 250;
/** Profiles examined per request at most, so a rare segment answers in bounded time. */
export const MAX_SCANNED = 5_000;

export type SegmentMember = { externalId: string; traits: unknown; path: DescribedStep[] };

/**
 * Sample members of a segment (its tree's latest published version), each with the path of
 * conditions that placed it there, in profile-id order from `cursor`.
 *
 * Correctness first: profiles are read a page at a time (with all their events) and run
 * through the pure evaluator, the definition of every condition, so the path is exactly the
 * evaluator's. A page may hold fewer than `limit` members when MAX_SCANNED profiles were
 * examined first; `nextCursor` then continues the scan, and is null only at the end.
 * Fast path (later): take the member ids from the engine (index or listSegmentMembersSql,
 * filtered to id > cursor, first `limit`), then load and evaluate only those profiles.
 */
export async function sampleSegmentMembers(
  workspaceId: string,
  key: string,
  options: { limit: number; cursor?: number; asOf?: number },
) {
  const [segment] = await findPublishedSegments(workspaceId, [key]);
  if (!segment) throw new ApiError('not_found', 'No published segment with that key in this workspace.');
  const asOf = options.asOf ?? Date.now();
  const compiled = compilePublished(segment.document, segment);
  const [{ requireOptIn }, referenced] = await Promise.all([
    audienceSettings(workspaceId),
    resolveReferencedTrees(workspaceId, compiled.document, { treeId: segment.treeId }),
  ]);
  const run = { workspaceId, asOf, requireOptIn };
  const segmentMembership = membershipLookup(await computeSegmentMembers(await pickEngine(workspaceId), referenced, run));

  const members: SegmentMember[] = [];
  let afterId = options.cursor;
  let scanned = 0;
  let nextCursor: string | null = null;
  scan: for (;;) {
    const page = await listProfileInputs(workspaceId, { afterId, take: PAGE });
    for (const input of page) {
      scanned++;
      afterId = Number(input.profile.id);
      const result = evaluateTree(compiled, input, { asOf, requireOptIn, segmentMembership });
      if (result.segment === key) {
        members.push({ externalId: input.profile.externalId, traits: input.profile.traits, path: describePath(compiled.document, result.path) });
      }
      if (members.length === options.limit || scanned >= MAX_SCANNED) {
        nextCursor = String(afterId);
        break scan;
      }
    }
    if (page.length < PAGE) break;
  }
  return {
    segment: { key: segment.key, name: segment.name, color: segment.color, treeId: segment.treeId, treeName: segment.treeName, version: segment.version },
    members,
    nextCursor,
    asOf: new Date(asOf).toISOString(),
  };
}
