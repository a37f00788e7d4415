import { z } from 'zod';
import { armsSchema } from '@/lib/experiments/arms';
import { primaryMetricSchema, secondaryMetricsSchema } from '@/lib/experiments/metrics';
import { SEGMENT_KEY } from '@/lib/segments/schema/common';

// Request shapes of the experiments routes. Rules that need the database (the slot exists,
// the segment belongs to its tree, variants belong to the slot) and the status rules (what
// may change once started) are checked by lib/experiments/check-experiment.ts.

const EXPERIMENT_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const EXPERIMENT_STATUSES = ['draft', 'running', 'stopped'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

const keySchema = z.string({ error: 'Enter a key.' }).regex(EXPERIMENT_KEY, {
  // ':' would make "a:b"+"c" and "a"+"b:c" hash alike (docs/STATISTICS.md, Assignment).
  error: "Use 1–64 lower-case letters, digits, '-' or '_' for the key, starting with a letter or digit.",
});
const nameSchema = z.string({ error: 'Name the experiment.' }).trim().min(1, 'Name the experiment.').max(100, 'Names are at most 100 characters.');
const segmentKeySchema = z
  .string()
  .regex(SEGMENT_KEY, { error: 'Choose a segment of the slot’s tree.' })
  .nullable();

export const createExperimentSchema = z
  .object({
    key: keySchema,
    name: nameSchema,
    slotId: z.string({ error: 'Choose a slot.' }).min(1, 'Choose a slot.').max(100),
    /** null or absent: every segment of the slot's tree. */
    segmentKey: segmentKeySchema.default(null),
    arms: armsSchema,
    primaryMetric: primaryMetricSchema,
    secondaryMetrics: secondaryMetricsSchema.default([]),
  })
  .strict();

export const updateExperimentSchema = z
  .object({
    key: keySchema,
    name: nameSchema,
    slotId: z.string().min(1).max(100),
    segmentKey: segmentKeySchema,
    arms: armsSchema,
    primaryMetric: primaryMetricSchema,
    secondaryMetrics: secondaryMetricsSchema,
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change.');

export type CreateExperimentInput = z.infer<typeof createExperimentSchema>;
export type UpdateExperimentInput = z.infer<typeof updateExperimentSchema>;

export const listExperimentsQuerySchema = z.object({
  status: z.enum(EXPERIMENT_STATUSES).optional(),
  slotId: z.string().min(1).max(100).optional(),
});

// ---- Response shapes (documentation: the OpenAPI document is generated from these) ----

export const experimentResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  slot: z.object({ id: z.string(), key: z.string(), name: z.string(), treeId: z.string().nullable() }),
  segmentKey: z.string().nullable().describe('null: every segment of the slot’s tree.'),
  status: z.enum(EXPERIMENT_STATUSES),
  arms: armsSchema.describe('The first arm is the control. weightsSince: when the current weights took effect (set by the server).'),
  primaryMetric: primaryMetricSchema,
  secondaryMetrics: secondaryMetricsSchema,
  startedAt: z.string().nullable(),
  stoppedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  exposures: z.number().describe('Profiles exposed so far.'),
});

const statSchema = z
  .object({ value: z.number().nullable(), reason: z.string().optional() })
  .describe('A statistic: {value} or {value: null, reason} when it is undefined for the data.');
const intervalStatSchema = z.object({ value: z.object({ lower: z.number(), upper: z.number() }).nullable(), reason: z.string().optional() });
const armResultSchema = z.object({
  key: z.string(), name: z.string(), weight: z.number(), control: z.boolean(), users: z.number(),
  conversions: z.number().nullable(), usersWithData: z.number().nullable(),
  value: statSchema.describe('Conversion rate, or mean per user.'),
  standardDeviation: statSchema.nullable(),
  absoluteLift: statSchema.nullable(), absoluteLiftCi: intervalStatSchema.nullable(),
  relativeLift: statSchema.nullable(), relativeLiftCi: intervalStatSchema.nullable(),
  pValue: statSchema.nullable(), adjustedPValue: statSchema.nullable().describe('Holm-adjusted across the treatment arms.'),
  chanceToBeatControl: statSchema.nullable(), expectedLoss: statSchema.nullable(),
});
const metricResultSchema = z.object({ label: z.string(), metric: z.unknown(), arms: z.array(armResultSchema), holm: z.boolean() });

export const experimentResultsSchema = z.object({
  experimentId: z.string(),
  computedAt: z.string(),
  exposures: z.number(),
  primary: metricResultSchema,
  secondary: z.array(metricResultSchema),
  srm: z.object({
    statistic: statSchema, df: z.number(), pValue: statSchema, mismatch: z.boolean().describe('p < 0.001'), lowExpectedCounts: z.boolean(),
    since: z.string().nullable(), arms: z.array(z.object({ key: z.string(), observed: z.number(), expected: z.number(), weight: z.number() })),
  }),
  sampleSize: z.object({ value: z.unknown().nullable(), reason: z.string().optional() }).describe('Users per arm for the minimum detectable effect, what each arm still needs, days at recent traffic.'),
  segments: z.array(z.object({ segmentKey: z.string().nullable(), users: z.number(), primary: metricResultSchema })),
  series: z.array(z.object({ date: z.string(), arms: z.record(z.string(), z.object({ exposed: z.number(), conversions: z.number().nullable(), rate: z.number().nullable() })) })),
});
