import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { type EvaluationInput, evaluateTree } from '@/lib/segments';
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
 * conditions that placed it there, in profile-id order from `cursor`. The path is always
 * the pure evaluator's, on the profile as the database holds it.
 *
 * With the workspace's index ready, the member ids come from the index (the same members
 * the SQL engine and the evaluator give) and only the `limit` profiles of the page are read
 * and evaluated: pages are full until the last. Otherwise profiles are read a page at a
 * time and run through the evaluator: a page may hold fewer than `limit` members when
 * MAX_SCANNED profiles were examined first; `nextCursor` then continues the scan. Either
 * way `nextCursor` is null only at the end.
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
  const engine = await pickEngine(workspaceId);
  const segmentMembers = await computeSegmentMembers(engine, referenced, run);
  const segmentMembership = membershipLookup(segmentMembers);
  const memberOf = (input: EvaluationInput): SegmentMember | null => {
    const result = evaluateTree(compiled, input, { asOf, requireOptIn, segmentMembership });
    if (result.segment !== key) return null;
    return { externalId: input.profile.externalId, traits: input.profile.traits, path: describePath(compiled.document, result.path) };
  };
  const page =
    engine.name === 'index'
      ? await pageOfIds((await engine.members(compiled, { ...run, segmentMembers }))[key] ?? [], workspaceId, options, memberOf)
      : await pageByScan(workspaceId, options, memberOf);
  return {
    segment: { key: segment.key, name: segment.name, color: segment.color, treeId: segment.treeId, treeName: segment.treeName, version: segment.version },
    ...page,
    asOf: new Date(asOf).toISOString(),
  };
}

type Page = { members: SegmentMember[]; nextCursor: string | null };
type PageOptions = { limit: number; cursor?: number };

/** The next `limit` of the segment's member ids (ascending) after the cursor, read and evaluated. */
async function pageOfIds(ids: readonly number[], workspaceId: string, options: PageOptions, memberOf: (input: EvaluationInput) => SegmentMember | null): Promise<Page> {
  const from = options.cursor === undefined ? 0 : firstAfter(ids, options.cursor);
  const chosen = ids.slice(from, from + options.limit);
  const inputs = chosen.length === 0 ? [] : await listProfileInputs(workspaceId, { ids: chosen, take: chosen.length });
  // A profile changed since the index read it is judged as it is now.
  const members = inputs.flatMap((input) => memberOf(input) ?? []);
  return { members, nextCursor: from + options.limit < ids.length ? String(chosen[chosen.length - 1]) : null };
}

/** Index of the first id greater than `cursor` in ascending ids. */
function firstAfter(ids: readonly number[], cursor: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Profiles from the cursor, a database page at a time, through the evaluator. */
async function pageByScan(workspaceId: string, options: PageOptions, memberOf: (input: EvaluationInput) => SegmentMember | null): Promise<Page> {
  const members: SegmentMember[] = [];
  let afterId = options.cursor;
  let scanned = 0;
  for (;;) {
    const page = await listProfileInputs(workspaceId, { afterId, take: PAGE });
    for (const input of page) {
      scanned++;
      afterId = Number(input.profile.id);
      const member = memberOf(input);
      if (member) members.push(member);
      if (members.length === options.limit || scanned >= MAX_SCANNED) return { members, nextCursor: String(afterId) };
    }
    if (page.length < PAGE) return { members, nextCursor: null };
  }
}
