import {
  type Condition,
  type EvaluationOptions,
  MissingSegmentMembershipError,
  type ProfileInput,
  SCORE_PATHS,
  localTime,
} from '@/lib/segments';
import { type Column, type StoredColumn, denseColumn } from '../storage/column';
import { type StringView, columnTest } from './column-test';
import { type EventEnv, eventTest } from './event-test';
import { COST, type Expr, combine, negate, test } from './expr';
import { seenTest } from './seen-test';

// A condition of the tree document, compiled once per preview against one index snapshot.
// Conditions are data: nothing here turns a value or a field name into code.
export interface CompileEnv extends EventEnv {
  options: EvaluationOptions;
  /** Members of other trees' segments as per-slot masks (from IndexCountOptions.segmentMembers). */
  segmentMask?: (segmentKey: string) => Uint8Array;
  /** The profile a segment-membership lookup is given for a slot. */
  profile(slot: number): ProfileInput;
  /** External ids as a string column (made the first time a condition reads them). */
  externalIdColumn(): Column;
}

const read = (columns: Map<string, StoredColumn>, path: string): Column | undefined => {
  const stored = columns.get(path);
  return stored && denseColumn(stored);
};

export function compileCondition(condition: Condition, env: CompileEnv): Expr {
  const { data, asOf } = env;
  switch (condition.type) {
    case 'attribute': {
      const { field } = condition;
      if (field === 'firstSeenAt' || field === 'lastSeenAt') return seenTest(condition, data, asOf);
      if (field === 'externalId') return columnTest(env.externalIdColumn(), condition, asOf);
      const path = field === 'email' ? 'email' : field.slice('traits.'.length);
      return columnTest(read(data.traits, path), condition, asOf);
    }
    case 'context': {
      const { field } = condition;
      if (field !== 'local_hour' && field !== 'day_of_week') return columnTest(read(data.context, field), condition, asOf);
      // Local time depends only on the zone name: computed once per distinct zone.
      const view: StringView = {
        key: `${field}@${asOf}`,
        map: field === 'local_hour' ? (zone) => localTime(zone, asOf)?.hour : (zone) => localTime(zone, asOf)?.dayOfWeek,
      };
      return columnTest(read(data.context, 'timezone'), condition, asOf, view);
    }
    case 'score':
      return columnTest(read(data.scores, SCORE_PATHS[condition.field].join('.')), condition, asOf);
    case 'event':
      return eventTest(condition, env);
    case 'segment': {
      const wanted = condition.operator === 'in';
      if (env.segmentMask) {
        const members = env.segmentMask(condition.segment);
        return test((i) => (members[i] === 1) === wanted);
      }
      const lookup = env.options.segmentMembership;
      if (!lookup) throw new MissingSegmentMembershipError();
      const ref = { segmentKey: condition.segment, treeId: condition.treeId };
      return test((i) => lookup(ref, env.profile(i)) === wanted, COST.lookup);
    }
    case 'group': {
      const group = combine(
        condition.combinator,
        condition.conditions.map((c) => compileCondition(c, env)),
      );
      return condition.not ? negate(group) : group;
    }
  }
}
