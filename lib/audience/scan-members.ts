import 'server-only';
import { type CompiledTree, type EvaluationInput, type TreeEvaluation, evaluateTree } from '@/lib/segments';
import { listProfileInputs } from '@/lib/db/queries/segments/list-profile-inputs';
import { audienceSettings } from './audience-settings';
import { computeSegmentMembers } from './compute-segment-members';
import { type DescribedStep, describePath } from './describe-path';
import { membershipLookup } from './membership-lookup';
import { pickEngine } from './pick-engine';
import { resolveReferencedTrees } from './resolve-references';

const PAGE = 250;
/** Profiles examined per request at most, so a rare segment answers in bounded time. */
const MAX_SCANNED = 5_000;

export type SampledMember = { externalId: string; traits: unknown; path: DescribedStep[] };

export type MemberPage = { members: SampledMember[]; nextCursor: string | null; asOf: string };

/**
 * Profiles for which `match` holds on their evaluation of `compiled`, each with the path of
 * conditions that placed it there, in profile-id order from `cursor`.
 *
 * Correctness first: profiles are read a page at a time (with all their events) and run
 * through the pure evaluator, the definition of every condition, so the path is exactly the
 * evaluator's. A page may hold fewer than `limit` members when MAX_SCANNED profiles were
 * examined first; `nextCursor` then continues the scan, and is null only at the end.
 *
 * Fast path, for a segment (`segmentKey`) with the workspace's index ready: the member ids come
 * from the index (the same members the SQL engine and the evaluator give) and only the `limit`
 * profiles of the page are read and evaluated, so pages are full until the last.
 */
export async function scanMembers(
  workspaceId: string,
  compiled: CompiledTree,
  options: {
    match: (result: TreeEvaluation) => boolean;
    limit: number;
    cursor?: number;
    asOf?: number;
    treeId?: string;
    issuePath?: (string | number)[];
    segmentKey?: string;
  },
): Promise<MemberPage> {
  const asOf = options.asOf ?? Date.now();
  const [{ requireOptIn }, referenced] = await Promise.all([
    audienceSettings(workspaceId),
    resolveReferencedTrees(workspaceId, compiled.document, { treeId: options.treeId, issuePath: options.issuePath }),
  ]);
  const run = { workspaceId, asOf, requireOptIn };
  const engine = await pickEngine(workspaceId);
  const segmentMembers = await computeSegmentMembers(engine, referenced, run);
  const segmentMembership = membershipLookup(segmentMembers);
  const memberOf = (input: EvaluationInput): SampledMember | null => {
    const result = evaluateTree(compiled, input, { asOf, requireOptIn, segmentMembership });
    if (!options.match(result)) return null;
    return { externalId: input.profile.externalId, traits: input.profile.traits, path: describePath(compiled.document, result.path) };
  };
  const page =
    engine.name === 'index' && options.segmentKey !== undefined
      ? await pageOfIds((await engine.members(compiled, { ...run, segmentMembers }))[options.segmentKey] ?? [], workspaceId, options, memberOf)
      : await pageByScan(workspaceId, options, memberOf);
  return { ...page, asOf: new Date(asOf).toISOString() };
}

type Page = { members: SampledMember[]; nextCursor: string | null };
type PageOptions = { limit: number; cursor?: number };

/** The next `limit` of the segment's member ids (ascending) after the cursor, read and evaluated. */
async function pageOfIds(ids: readonly number[], workspaceId: string, options: PageOptions, memberOf: (input: EvaluationInput) => SampledMember | null): Promise<Page> {
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
async function pageByScan(workspaceId: string, options: PageOptions, memberOf: (input: EvaluationInput) => SampledMember | null): Promise<Page> {
  const members: SampledMember[] = [];
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
