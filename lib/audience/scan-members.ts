import 'server-only';
import { type CompiledTree, type TreeEvaluation, evaluateTree } from '@/lib/segments';
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
 * Fast path (later): take the member ids from the engine, then evaluate only those profiles.
 */
export async function scanMembers(
  workspaceId: string,
  compiled: CompiledTree,
  options: { match: (result: TreeEvaluation) => boolean; limit: number; cursor?: number; asOf?: number; treeId?: string; issuePath?: (string | number)[] },
): Promise<MemberPage> {
  const asOf = options.asOf ?? Date.now();
  const [{ requireOptIn }, referenced] = await Promise.all([
    audienceSettings(workspaceId),
    resolveReferencedTrees(workspaceId, compiled.document, { treeId: options.treeId, issuePath: options.issuePath }),
  ]);
  const run = { workspaceId, asOf, requireOptIn };
  const segmentMembership = membershipLookup(await computeSegmentMembers(await pickEngine(workspaceId), referenced, run));

  const members: SampledMember[] = [];
  let afterId = options.cursor;
  let scanned = 0;
  let nextCursor: string | null = null;
  scan: for (;;) {
    const page = await listProfileInputs(workspaceId, { afterId, take: PAGE });
    for (const input of page) {
      scanned++;
      afterId = Number(input.profile.id);
      const result = evaluateTree(compiled, input, { asOf, requireOptIn, segmentMembership });
      if (options.match(result)) {
        members.push({ externalId: input.profile.externalId, traits: input.profile.traits, path: describePath(compiled.document, result.path) });
      }
      if (members.length === options.limit || scanned >= MAX_SCANNED) {
        nextCursor = String(afterId);
        break scan;
      }
    }
    if (page.length < PAGE) break;
  }
  return { members, nextCursor, asOf: new Date(asOf).toISOString() };
}
