import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { findPublishedSegments } from '@/lib/db/queries/segments/find-published-segments';
import { compilePublished } from './compile-published';
import { scanMembers } from './scan-members';

/**
 * Sample members of a segment (its tree's latest published version), each with the path of
 * conditions that placed it there, in profile-id order from `cursor` (see scanMembers: with the
 * workspace's index ready, the member ids come from the index and pages are full until the last).
 */
export async function sampleSegmentMembers(
  workspaceId: string,
  key: string,
  options: { limit: number; cursor?: number; asOf?: number },
) {
  const [segment] = await findPublishedSegments(workspaceId, [key]);
  if (!segment) throw new ApiError('not_found', 'No published segment with that key in this workspace.');
  const compiled = compilePublished(segment.document, segment);
  const page = await scanMembers(workspaceId, compiled, { ...options, treeId: segment.treeId, match: (r) => r.segment === key, segmentKey: key });
  return {
    segment: { key: segment.key, name: segment.name, color: segment.color, treeId: segment.treeId, treeName: segment.treeName, version: segment.version },
    ...page,
  };
}
