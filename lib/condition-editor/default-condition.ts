import type { Condition } from '@/lib/segments/schema/conditions';
import { buildCatalogue } from './catalogue';
import { newCondition } from './condition-drafts';
import { todayIn } from './day-instants';
import type { SchemaResponse } from './schema-response';

/** The condition a new split or switch case starts with: the most common trait, with the
 *  operator and operand that suit its type (e.g. plan is "pro", age is at least 31). */
export function defaultCondition(schema: SchemaResponse, timeZone = 'UTC', now = Date.now()): Condition {
  return newCondition('attribute', {
    catalogue: buildCatalogue(schema),
    dates: { timeZone, today: todayIn(timeZone, now) },
    segments: [],
  });
}
