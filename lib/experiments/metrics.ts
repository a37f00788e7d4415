import { z } from 'zod';
import { MAX_EVENT_FILTERS, PROPERTY_PATH, propertyFilterSchema } from '@/lib/segments';

// What an experiment measures. Pure (zod only), shared by the API, the form and the results.
// Property filters are the segmentation core's PropertyFilter, so `properties.plan eq "pro"`
// means exactly what it means in a tree (same operators, same "missing fails everything but
// is_not_set" rule, same SQL). Semantics in docs/EXPERIMENTS.md:
//  - conversion: the profile did `event` (passing `where`) in [first exposure, + windowDays);
//  - continuous sum: Σ property over those events per exposed user, 0 without any;
//  - continuous mean: the mean of property over those events per user; users without a
//    qualifying numeric value have no mean and are left out (reported as "users with data").

const MAX_WINDOW_DAYS = 365;
const MAX_SECONDARY_METRICS = 10;

const eventSchema = z
  .string({ error: 'Choose an event.' })
  .trim()
  .min(1, { error: 'Choose an event.' })
  .max(200, { error: 'Event names are at most 200 characters.' });

const metricBase = {
  /** A label for the results page; defaults to a description of the metric. */
  name: z.string().trim().max(100, { error: 'Metric names are at most 100 characters.' }).optional(),
  event: eventSchema,
  where: z
    .array(propertyFilterSchema)
    .max(MAX_EVENT_FILTERS, { error: `Use at most ${MAX_EVENT_FILTERS} property filters.` })
    .optional(),
  windowDays: z
    .number({ error: 'Enter the number of days after exposure.' })
    .int({ error: 'Use a whole number of days.' })
    .min(1, { error: 'Use at least 1 day.' })
    .max(MAX_WINDOW_DAYS, { error: `Use at most ${MAX_WINDOW_DAYS} days.` }),
};

const conversionMetricSchema = z.object({ kind: z.literal('conversion'), ...metricBase }).strict();

const continuousMetricSchema = z
  .object({
    kind: z.literal('continuous'),
    ...metricBase,
    property: z.string({ error: 'Choose a numeric property.' }).regex(PROPERTY_PATH, {
      error: "Choose a numeric event property like properties.amount (keys use letters, digits, '_' or '-').",
    }),
    aggregate: z.enum(['sum', 'mean'], { error: "Choose 'sum per user' or 'mean per user'." }),
  })
  .strict();

const metricSchema = z.discriminatedUnion('kind', [conversionMetricSchema, continuousMetricSchema], {
  error: "Choose a metric kind: 'conversion' or 'continuous'.",
});

export type Metric = z.infer<typeof metricSchema>;

/** The smallest effect the experiment is planned to detect (conversion metrics), as lib/stats takes it. */
const minimumDetectableEffectSchema = z
  .object({
    kind: z.enum(['absolute', 'relative'], { error: "Choose 'absolute' (percentage points) or 'relative' (%)." }),
    value: z
      .number({ error: 'Enter the minimum detectable effect.' })
      .refine((v) => v !== 0, { error: 'The minimum detectable effect cannot be 0.' })
      .refine((v) => Math.abs(v) <= 10, { error: 'Use an effect between −1,000 % and +1,000 %.' }),
  })
  .strict();

/**
 * The primary metric: a metric plus, for conversion metrics, the plan the sample size comes
 * from (expected baseline rate and minimum detectable effect).
 */
export const primaryMetricSchema = z.discriminatedUnion('kind', [
  conversionMetricSchema.extend({
    minimumDetectableEffect: minimumDetectableEffectSchema.optional(),
    /** The expected control rate before any data; the observed control rate replaces it once there is one. */
    baselineRate: z
      .number({ error: 'Enter the expected conversion rate.' })
      .gt(0, { error: 'The baseline rate must be above 0 %.' })
      .lt(1, { error: 'The baseline rate must be below 100 %.' })
      .optional(),
  }),
  continuousMetricSchema,
], { error: "Choose a metric kind: 'conversion' or 'continuous'." });
export type PrimaryMetric = z.infer<typeof primaryMetricSchema>;

export const secondaryMetricsSchema = z
  .array(metricSchema)
  .max(MAX_SECONDARY_METRICS, { error: `Use at most ${MAX_SECONDARY_METRICS} secondary metrics.` });

const AGGREGATE_LABEL = { sum: 'total', mean: 'mean' } as const;

/** "Conversion: purchase within 7 days" — the default label of a metric. */
export function describeMetric(metric: Metric): string {
  if (metric.name) return metric.name;
  const filtered = metric.where?.length ? ` (${metric.where.length} filter${metric.where.length > 1 ? 's' : ''})` : '';
  const within = `within ${metric.windowDays} day${metric.windowDays > 1 ? 's' : ''}`;
  if (metric.kind === 'conversion') return `${metric.event}${filtered} ${within}`;
  return `${AGGREGATE_LABEL[metric.aggregate]} ${metric.property.replace(/^properties\./, '')} of ${metric.event}${filtered} per user ${within}`;
}
