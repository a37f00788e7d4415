import { z } from 'zod';
import { MAX_EVENT_FILTERS, MAX_GROUP_CONDITIONS } from '../limits';
import { durationSchema, idSchema, instantSchema, numberSchema, rangeSchema, segmentKeySchema } from './common';
import { checkCondition } from './check-condition';
import {
  BUILT_IN_FIELDS,
  CONTEXT_FIELDS,
  PROPERTY_PATH,
  SCORE_FIELDS,
  TRAIT_PATH,
} from './fields';
import { withPredicate } from './predicates';

// The condition language (tree document v1). Conditions are data: every engine interprets
// them; none turns them into code. Semantics: docs/SEGMENTS.md and evaluate/*.

const attributeFieldSchema = z.string({ error: 'Choose a field.' }).refine(
  (field) => (BUILT_IN_FIELDS as readonly string[]).includes(field) || TRAIT_PATH.test(field),
  {
    error:
      "Choose email, externalId, firstSeenAt, lastSeenAt or a trait like traits.age (keys use letters, digits, '_' or '-', up to 5 levels).",
  },
);

const propertyPathSchema = z.string({ error: 'Choose an event property.' }).regex(PROPERTY_PATH, {
  error: "Choose an event property like properties.amount (keys use letters, digits, '_' or '-').",
});

export const attributeConditionSchema = withPredicate({
  type: z.literal('attribute'),
  field: attributeFieldSchema,
});
export type AttributeCondition = z.infer<typeof attributeConditionSchema>;

export const propertyFilterSchema = withPredicate({ field: propertyPathSchema });
export type PropertyFilter = z.infer<typeof propertyFilterSchema>;

export const contextConditionSchema = withPredicate({
  type: z.literal('context'),
  field: z.enum(CONTEXT_FIELDS, { error: 'Choose a context field such as device, country or local hour.' }),
});
export type ContextCondition = z.infer<typeof contextConditionSchema>;

export const scoreConditionSchema = withPredicate({
  type: z.literal('score'),
  field: z.enum(SCORE_FIELDS, { error: 'Choose an RFM score, the RFM segment or the engagement score.' }),
});
export type ScoreCondition = z.infer<typeof scoreConditionSchema>;

export const windowSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('last'), ...durationSchema.shape }),
    z.object({ type: z.literal('between'), from: instantSchema, to: instantSchema }),
    z.object({ type: z.literal('ever') }),
  ],
  { error: "Choose a time window: 'in the last …', 'between … and …' or 'ever'." },
);
export type EventWindow = z.infer<typeof windowSchema>;

export const MEASURES = ['count', 'sum', 'avg', 'min', 'max', 'distinct_days'] as const;
export type Measure = (typeof MEASURES)[number];

const eventShape = {
  type: z.literal('event'),
  event: z
    .string({ error: 'Choose an event.' })
    .min(1, { error: 'Choose an event.' })
    .max(200, { error: 'Event names are at most 200 characters.' }),
  where: z
    .array(propertyFilterSchema)
    .max(MAX_EVENT_FILTERS, { error: `Use at most ${MAX_EVENT_FILTERS} property filters.` })
    .optional(),
  window: windowSchema,
  measure: z.enum(MEASURES, { error: 'Choose what to measure: count, sum, average, min, max or distinct days.' }),
  /** The numeric property summed/averaged/…; only for sum, avg, min and max. */
  property: propertyPathSchema.optional(),
};

export const eventConditionSchema = z.discriminatedUnion(
  'operator',
  [
    z.object({ ...eventShape, operator: z.enum(['gt', 'gte', 'lt', 'lte', 'eq', 'neq']), value: numberSchema }),
    z.object({ ...eventShape, operator: z.literal('between'), value: rangeSchema }),
  ],
  { error: 'Choose how to compare: more than, at least, less than, at most, exactly, not, or between.' },
);
export type EventCondition = z.infer<typeof eventConditionSchema>;

export const segmentConditionSchema = z.object({
  type: z.literal('segment'),
  operator: z.enum(['in', 'not_in'], { error: "Choose 'in' or 'not in'." }),
  segment: segmentKeySchema,
  /** The tree holding the segment; informational, since keys are unique per workspace. */
  treeId: idSchema.optional(),
});
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;

export type GroupCondition = {
  type: 'group';
  combinator: 'and' | 'or';
  /** Negates the whole group. */
  not?: boolean;
  conditions: Condition[];
};

export type Condition =
  | AttributeCondition
  | EventCondition
  | ContextCondition
  | ScoreCondition
  | SegmentCondition
  | GroupCondition;

export const groupConditionSchema = z.object({
  type: z.literal('group'),
  combinator: z.enum(['and', 'or'], { error: "Choose 'all of' (and) or 'any of' (or)." }),
  not: z.boolean().optional(),
  get conditions(): z.ZodArray<z.ZodType<Condition>> {
    return z
      .array(conditionSchema)
      .max(MAX_GROUP_CONDITIONS, { error: `A group holds at most ${MAX_GROUP_CONDITIONS} conditions.` });
  },
});

/** Shape only; use conditionRootSchema for a condition that stands alone. */
export const conditionSchema: z.ZodType<Condition> = z.discriminatedUnion(
  'type',
  [
    attributeConditionSchema,
    eventConditionSchema,
    contextConditionSchema,
    scoreConditionSchema,
    segmentConditionSchema,
    groupConditionSchema,
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'Choose a condition.'
        : 'Choose a kind of condition: attribute, event, context, score, segment or group.',
  },
);

/** A whole condition as stored on a node: shape plus the rules that span fields (operators
 *  suited to the field, operand ranges, group depth). */
export const conditionRootSchema = conditionSchema.superRefine((condition, ctx) => {
  checkCondition(condition, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});
