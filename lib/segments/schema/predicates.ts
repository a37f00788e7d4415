import { z } from 'zod';
import { MAX_LIST_VALUES } from '../limits';
import {
  durationSchema,
  instantSchema,
  numberSchema,
  patternSchema,
  rangeSchema,
  textSchema,
} from './common';

// An operator and its operand, the part shared by attribute, context and score conditions
// and by event property filters. The union is keyed on `operator` so a form (or the
// OpenAPI document) knows the operand's shape from the operator alone.

const OPERATOR_ERROR = { error: 'Choose a valid comparison for this condition.' };

/** Adds `shape` (e.g. the condition's type and field) to every operator variant. */
export function withPredicate<S extends z.ZodRawShape>(shape: S) {
  return z.discriminatedUnion(
    'operator',
    [
      z.object({
        ...shape,
        operator: z.enum(['eq', 'neq']),
        value: z.union([numberSchema, textSchema], { error: 'Enter a number or some text.' }),
      }),
      z.object({ ...shape, operator: z.enum(['gt', 'gte', 'lt', 'lte']), value: numberSchema }),
      z.object({ ...shape, operator: z.literal('between'), value: rangeSchema }),
      z.object({
        ...shape,
        operator: z.enum(['in', 'not_in']),
        value: z
          .array(textSchema, { error: 'Enter a list of values.' })
          .max(MAX_LIST_VALUES, { error: `Use at most ${MAX_LIST_VALUES} values.` }),
      }),
      z.object({
        ...shape,
        operator: z.enum(['contains', 'not_contains', 'starts_with', 'ends_with']),
        value: textSchema,
      }),
      z.object({ ...shape, operator: z.literal('matches'), value: patternSchema }),
      z.object({ ...shape, operator: z.enum(['is_true', 'is_false', 'is_set', 'is_not_set']) }),
      z.object({ ...shape, operator: z.enum(['before', 'after']), value: instantSchema }),
      z.object({ ...shape, operator: z.enum(['within_last', 'not_within_last']), value: durationSchema }),
      z.object({
        ...shape,
        operator: z.enum(['includes', 'not_includes']),
        value: z.union([textSchema, numberSchema, z.boolean()], {
          error: 'Enter a text, number or true/false value to look for.',
        }),
      }),
    ],
    OPERATOR_ERROR,
  );
}

export const predicateSchema = withPredicate({});
export type Predicate = z.infer<typeof predicateSchema>;
