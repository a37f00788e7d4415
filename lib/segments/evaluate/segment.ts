import type { SegmentCondition } from '../schema/conditions';
import type { Test } from './attribute';

export class MissingSegmentMembershipError extends Error {
  constructor() {
    super('This tree uses segment conditions: pass options.segmentMembership to evaluate it.');
    this.name = 'MissingSegmentMembershipError';
  }
}

// Membership of another tree's segment comes from the caller (the other tree's published
// result), so this core never reaches for storage. A profile excluded for consent there is
// in none of its segments, so `not_in` is true for it.
export function compileSegment(condition: SegmentCondition): Test {
  const ref = { segmentKey: condition.segment, treeId: condition.treeId };
  const wanted = condition.operator === 'in';
  return (ctx) => {
    const lookup = ctx.options.segmentMembership;
    if (!lookup) throw new MissingSegmentMembershipError();
    return lookup(ref, ctx.input.profile) === wanted;
  };
}
