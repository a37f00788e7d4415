import { z } from 'zod';
import { armsSchema } from '@/lib/experiments/arms';
import { primaryMetricSchema, secondaryMetricsSchema } from '@/lib/experiments/metrics';
import { SEGMENT_KEY } from '@/lib/segments/schema/common';

// Request shapes of the experiments routes. Rules that need the database (the slot exists,
// the segment belongs to its tree, variants belong to the slot) and the status rules (what
// may change once started) are checked by lib/experiments/check-experiment.ts.

export const EXPERIMENT_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const EXPERIMENT_STATUSES = ['draft', 'running', 'stopped'] as const;
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
