import {
  type Condition,
  type ContextCondition,
  MissingSegmentMembershipError,
  SCORE_PATHS,
  prepareCondition,
} from '@/lib/segments';
import type { JsonValueSql } from '@/lib/db/dialects/segments-base';
import { COLUMNS } from './columns';
import type { EventAggregates } from './event-sql';
import { type PredicateContext, instantSql, predicateSql } from './predicate-sql';

// A condition as a SQL boolean that is never NULL: every leaf is closed with
// COALESCE(…, FALSE), so NOT and the tree's CASE see true or false, as the core's closures do.

export type ConditionContext = PredicateContext & {
  events: EventAggregates;
  /** Members of other trees' segments, by segment key (profile ids). */
  segmentMembers?: Readonly<Record<string, readonly number[]>>;
  /** Distinct string values of context.timezone in the workspace (for local hour / day of week). */
  zoneValues?: readonly string[];
};

export function conditionSql(c: Condition, ctx: ConditionContext): string {
  switch (c.type) {
    case 'group': {
      const parts = c.conditions.map((child) => conditionSql(child, ctx));
      const joined = parts.length === 0 ? (c.combinator === 'and' ? 'TRUE' : 'FALSE') : parts.join(c.combinator === 'and' ? ' AND ' : ' OR ');
      return c.not ? `(NOT (${joined}))` : `(${joined})`;
    }
    case 'segment': {
      const members = ctx.segmentMembers?.[c.segment];
      if (!members) throw new MissingSegmentMembershipError();
      const test = ctx.dialect.idIn(COLUMNS.profileId, members, ctx.params);
      return c.operator === 'in' ? test : `(NOT ${test})`;
    }
    case 'event':
      return leaf(ctx.events.condition(c));
    case 'attribute': {
      if (c.field === 'firstSeenAt' || c.field === 'lastSeenAt') {
        return leaf(instantSql(c, ctx.events.seenColumn(c.field === 'firstSeenAt' ? 'first' : 'last'), ctx));
      }
      if (c.field === 'externalId') return leaf(predicateSql(c, textColumn(COLUMNS.externalId), ctx));
      const path = c.field === 'email' ? ['email'] : c.field.split('.').slice(1);
      return leaf(predicateSql(c, ctx.dialect.json(COLUMNS.traits, path, ctx.params), ctx));
    }
    case 'score':
      return leaf(predicateSql(c, ctx.dialect.json(COLUMNS.scores, SCORE_PATHS[c.field], ctx.params), ctx));
    case 'context':
      if (c.field === 'local_hour' || c.field === 'day_of_week') return leaf(zoneSql(c, ctx));
      return leaf(predicateSql(c, ctx.dialect.json(COLUMNS.context, [c.field], ctx.params), ctx));
  }
}

const leaf = (sql: string) => `COALESCE(${sql}, FALSE)`;

/** externalId: a text column, always a string. */
function textColumn(column: string): JsonValueSql {
  return {
    isSet: 'TRUE',
    isString: 'TRUE',
    isTrue: 'FALSE',
    isFalse: 'FALSE',
    text: column,
    number: 'NULL',
    date: 'NULL',
    arrayHas: () => 'FALSE',
  };
}

/**
 * Local hour and day of week never reach SQL as time-zone arithmetic: the core decides the
 * condition for each distinct zone string present (and for "no usable zone"), and SQL only
 * asks which of those strings the profile's context holds.
 */
function zoneSql(c: ContextCondition, ctx: ConditionContext): string {
  if (!ctx.zoneValues) throw new Error('Local hour / day of week conditions need the workspace\'s distinct time-zone values (zoneValues).');
  const test = prepareCondition(c);
  const holds = (context: Record<string, unknown>) => test({ profile: { id: 0, externalId: '', context }, events: [] }, { asOf: ctx.asOf });
  const whenMissing = holds({});
  const differing = ctx.zoneValues.filter((zone) => holds({ timezone: zone }) !== whenMissing);
  const zone = ctx.dialect.json(COLUMNS.context, ['timezone'], ctx.params);
  const listed = `COALESCE(${zone.isString} AND ${ctx.dialect.inList(zone.text, differing, ctx.params)}, FALSE)`;
  return whenMissing ? `NOT ${listed}` : listed;
}
