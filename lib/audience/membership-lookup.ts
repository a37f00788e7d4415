import type { SegmentMembership } from '@/lib/segments';
import type { SegmentMembers } from './engine';

/**
 * The core's synchronous membership lookup over precomputed member ids. A key that was not
 * computed is a programming error (the references were resolved first), so it throws
 * rather than answering "not a member".
 */
export function membershipLookup(members: SegmentMembers): SegmentMembership {
  const sets = new Map<string, Set<number>>();
  return (ref, profile) => {
    let set = sets.get(ref.segmentKey);
    if (!set) {
      const ids = members[ref.segmentKey];
      if (!ids) throw new Error(`Segment '${ref.segmentKey}' was not resolved before evaluation.`);
      sets.set(ref.segmentKey, (set = new Set(ids)));
    }
    return set.has(Number(profile.id));
  };
}
