import type { ContextCondition } from '../schema/conditions';
import { localTime } from '../values/timezone';
import type { Test } from './attribute';
import type { EvalContext } from './prepare';
import { compilePredicate } from './predicate';

// Context fields read the request's context over the stored last-seen one (prepare.ts);
// when counting there is no request, so it is the last-seen context. Local hour and day of
// week are asOf seen from the context's time zone, missing when that is not a tz name.
export function compileContext(condition: ContextCondition): Test {
  const test = compilePredicate(condition);
  const { field } = condition;
  let read: (ctx: EvalContext) => unknown;
  if (field === 'local_hour') read = (ctx) => localTime(ctx.contextValue('timezone'), ctx.asOf)?.hour;
  else if (field === 'day_of_week') read = (ctx) => localTime(ctx.contextValue('timezone'), ctx.asOf)?.dayOfWeek;
  else read = (ctx) => ctx.contextValue(field);
  return (ctx) => test(read(ctx), ctx.asOf);
}
