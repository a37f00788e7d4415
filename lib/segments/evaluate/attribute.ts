import type { AttributeCondition } from '../schema/conditions';
import { readPath } from '../values/paths';
import type { EvalContext } from './prepare';
import { compileDateTest, compilePredicate, isDatePredicate } from './predicate';

export type Test = (ctx: EvalContext) => boolean;

// firstSeenAt / lastSeenAt come from the events the evaluator can see (≤ asOf, deduplicated),
// not from the stored columns, so a count "as of last month" ignores later activity.
export function compileAttribute(condition: AttributeCondition): Test {
  const { field } = condition;
  if (field === 'firstSeenAt' || field === 'lastSeenAt') {
    const seen = field === 'firstSeenAt' ? (ctx: EvalContext) => ctx.firstSeen() : (ctx: EvalContext) => ctx.lastSeen();
    if (isDatePredicate(condition)) {
      const test = compileDateTest(condition);
      return (ctx) => test(seen(ctx), ctx.asOf);
    }
    // Only is_set / is_not_set reach here (the schema refuses anything else for dates).
    const wantSet = condition.operator === 'is_set';
    return (ctx) => (seen(ctx) !== undefined) === wantSet;
  }
  const test = compilePredicate(condition);
  if (field === 'externalId') return (ctx) => test(ctx.input.profile.externalId, ctx.asOf);
  const path = field === 'email' ? ['email'] : field.split('.').slice(1);
  return (ctx) => test(readPath(ctx.input.profile.traits, path), ctx.asOf);
}
