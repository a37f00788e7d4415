import type { ComparisonOperator, Operator } from '@/lib/segments/schema/operators';
import type { Measure } from '@/lib/segments/schema/conditions';
import type { DurationUnit } from '@/lib/segments/values/durations';
import type { ConditionKind } from './condition-drafts';

// Words the pickers show. They read like describeCondition's summaries, so the form and the
// summary under it say the same thing.

export const KIND_LABELS: Record<ConditionKind, string> = {
  attribute: 'Profile attribute',
  event: 'Event activity',
  context: 'Context (device, location…)',
  score: 'Score (RFM, engagement)',
  segment: 'Segment membership',
  group: 'Group (all / any of)',
};

export const OPERATOR_LABELS: Record<Operator, string> = {
  eq: 'is',
  neq: 'is not',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  between: 'is between',
  in: 'is one of',
  not_in: 'is none of',
  contains: 'contains',
  not_contains: 'does not contain',
  starts_with: 'starts with',
  ends_with: 'ends with',
  matches: 'matches pattern',
  is_true: 'is true',
  is_false: 'is false',
  before: 'is before',
  after: 'is after',
  within_last: 'is within the last',
  not_within_last: 'is more than … ago',
  includes: 'includes',
  not_includes: 'does not include',
  is_set: 'is set',
  is_not_set: 'is not set',
};

export const COMPARISON_LABELS: Record<ComparisonOperator, string> = {
  gte: 'at least',
  gt: 'more than',
  lte: 'at most',
  lt: 'less than',
  eq: 'exactly',
  neq: 'not exactly',
  between: 'between',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  count: 'Number of times',
  distinct_days: 'Number of different days',
  sum: 'Total of a property',
  avg: 'Average of a property',
  min: 'Minimum of a property',
  max: 'Maximum of a property',
};

export const UNIT_LABELS: Record<DurationUnit, string> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
};

export const BADGE_LABELS: Record<string, string> = {
  number: 'number',
  string: 'text',
  boolean: 'yes/no',
  date: 'date',
  array: 'list',
  object: 'object',
  mixed: 'mixed',
  unknown: 'not seen',
  integer: 'whole number',
  list: 'choice',
};
