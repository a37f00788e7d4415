import { MAX_PATH_SEGMENTS, MAX_PATH_SEGMENT_LENGTH } from '../limits';
import { DAYS_OF_WEEK } from '../values/timezone';
import {
  DATE_OPERATORS,
  NUMBER_OPERATORS,
  type Operator,
  PRESENCE_OPERATORS,
  STRING_OPERATORS,
} from './operators';

// Which fields a condition can read and which operators make sense on each. Trait and
// property paths are open (their type is only known per value), the rest are closed lists.

/** One key of a path: letters (any script), digits, `_` or `-`. No dots, quotes, spaces or
 *  brackets, so a path maps onto a JSON path in every SQL dialect without escaping. */
const SEGMENT = `[\\p{L}\\p{N}_-]{1,${MAX_PATH_SEGMENT_LENGTH}}`;
const pathPattern = (prefix: string) =>
  new RegExp(`^${prefix}(?:\\.${SEGMENT}){1,${MAX_PATH_SEGMENTS}}$`, 'u');
export const TRAIT_PATH = pathPattern('traits');
export const PROPERTY_PATH = pathPattern('properties');

export const BUILT_IN_FIELDS = ['email', 'externalId', 'firstSeenAt', 'lastSeenAt'] as const;
export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];

export const CONTEXT_STRING_FIELDS = [
  'device',
  'os',
  'browser',
  'country',
  'region',
  'city',
  'referrer',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'timezone',
] as const;
export const CONTEXT_FIELDS = [...CONTEXT_STRING_FIELDS, 'local_hour', 'day_of_week'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

export const SCORE_FIELDS = [
  'rfm_recency',
  'rfm_frequency',
  'rfm_monetary',
  'rfm_label',
  'engagement',
] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

/** The standard RFM segment labels, as stored in `profile.scores.rfm.label`. */
export const RFM_LABELS = [
  'champions',
  'loyal_customers',
  'potential_loyalists',
  'new_customers',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cannot_lose_them',
  'hibernating',
  'lost',
] as const;

/** What values a closed field holds, which decides its operators and operands. */
export type FieldKind =
  | { type: 'any' }
  | { type: 'string' }
  | { type: 'date' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'number' }
  | { type: 'enum'; values: readonly string[] };

export const OPERATORS_FOR: Record<Exclude<FieldKind['type'], 'any'>, readonly Operator[]> = {
  string: [...STRING_OPERATORS, ...PRESENCE_OPERATORS],
  date: [...DATE_OPERATORS, ...PRESENCE_OPERATORS],
  integer: [...NUMBER_OPERATORS, ...PRESENCE_OPERATORS],
  number: [...NUMBER_OPERATORS, ...PRESENCE_OPERATORS],
  enum: ['eq', 'neq', 'in', 'not_in', ...PRESENCE_OPERATORS],
};

export const BUILT_IN_KINDS: Record<BuiltInField, FieldKind> = {
  email: { type: 'string' },
  externalId: { type: 'string' },
  firstSeenAt: { type: 'date' },
  lastSeenAt: { type: 'date' },
};

export function contextFieldKind(field: ContextField): FieldKind {
  if (field === 'local_hour') return { type: 'integer', min: 0, max: 23 };
  if (field === 'day_of_week') return { type: 'enum', values: DAYS_OF_WEEK };
  return { type: 'string' };
}

export function scoreFieldKind(field: ScoreField): FieldKind {
  if (field === 'rfm_label') return { type: 'enum', values: RFM_LABELS };
  if (field === 'engagement') return { type: 'number' };
  return { type: 'integer', min: 1, max: 5 };
}
