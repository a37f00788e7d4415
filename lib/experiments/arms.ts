import { z } from 'zod';
import { sameVariantContent, variantContentSchema } from '@/lib/content';

// An experiment's arms, as stored in Experiment.arms: [{key, name, weight, variantId, content}],
// the first arm being the control. Weights are percentages that add up to 100 (a marketer's
// split); assignment only needs their ratios (lib/experiments/assignment.ts).
//
// What an arm shows is exactly one of: `variantId`, a variant of the slot; `content`, content of
// its own (the variant fields, placeholders and escaping of lib/content), so a treatment need
// not be another segment's variant; or neither, the visitor's normal content (the control).

export const MAX_ARMS = 10;
const ARM_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const WEIGHT_TOLERANCE = 1e-6;

const armSchema = z
  .object({
    key: z.string({ error: 'Enter a key for the arm.' }).regex(ARM_KEY, {
      error: "Use 1–64 lower-case letters, digits, '-' or '_' for the arm key, starting with a letter or digit.",
    }),
    name: z.string({ error: 'Name the arm.' }).trim().min(1, { error: 'Name the arm.' }).max(100, { error: 'Arm names are at most 100 characters.' }),
    weight: z
      .number({ error: 'Enter the share of traffic in %.' })
      .min(0, { error: 'A weight cannot be negative.' })
      .max(100, { error: 'A weight is at most 100 %.' }),
    /** The slot's variant this arm shows; null shows `content`, or what the slot shows without the experiment. */
    variantId: z.string().min(1).max(100).nullable().default(null),
    /** Content of the arm's own (not a slot variant); null: none. */
    content: variantContentSchema.nullable().default(null),
    /**
     * When the current weights took effect, set by the server when weights change while the
     * experiment runs. The sample-ratio check only counts exposures since then.
     */
    weightsSince: z.iso.datetime().optional(),
  })
  .strict()
  .refine((arm) => arm.variantId === null || arm.content === null, {
    path: ['content'],
    error: 'An arm shows either a variant of the slot or its own content, not both.',
  });

export type Arm = z.infer<typeof armSchema>;

export const armsSchema = z
  .array(armSchema)
  .min(2, { error: 'Add a control and at least one variant.' })
  .max(MAX_ARMS, { error: `Use at most ${MAX_ARMS} arms.` })
  .superRefine((arms, ctx) => {
    const seen = new Set<string>();
    arms.forEach((arm, i) => {
      if (seen.has(arm.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `Two arms use the key "${arm.key}".` });
      seen.add(arm.key);
    });
    const total = arms.reduce((s, a) => s + a.weight, 0);
    if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
      ctx.addIssue({ code: 'custom', path: [], message: `Weights must add up to 100 % (they add up to ${round(total)} %).` });
    }
    if (arms[0] && arms[0].weight === 0) ctx.addIssue({ code: 'custom', path: [0, 'weight'], message: 'The control needs some traffic.' });
  });

const round = (x: number) => Math.round(x * 1000) / 1000;

export type ArmChangeProblem = { path: (string | number)[]; message: string };

/**
 * What may change in the arms of an experiment that has started: weights only. Exposed
 * profiles keep their arm whatever the weights (the exposure row is the record), but removing
 * or adding an arm, reordering, or pointing an arm at other content would change what an
 * arm means half-way through, so the comparison would mix two experiments.
 */
export function startedArmChanges(before: readonly Arm[], after: readonly Arm[]): ArmChangeProblem[] {
  const problems: ArmChangeProblem[] = [];
  const afterKeys = new Set(after.map((a) => a.key));
  for (const arm of before) {
    if (!afterKeys.has(arm.key)) {
      problems.push({ path: ['arms'], message: `Arm "${arm.key}" cannot be removed after the start; set its weight to 0 to stop sending traffic to it.` });
    }
  }
  const beforeKeys = new Set(before.map((a) => a.key));
  after.forEach((arm, i) => {
    if (!beforeKeys.has(arm.key)) {
      problems.push({ path: ['arms', i, 'key'], message: `Arm "${arm.key}" cannot be added after the start: its users would come from a later period than the control's.` });
      return;
    }
    const old = before.find((a) => a.key === arm.key)!;
    if (before.indexOf(old) !== i) problems.push({ path: ['arms', i, 'key'], message: 'Arms cannot be reordered after the start (the first arm is the control).' });
    if (old.variantId !== arm.variantId || !sameVariantContent(old.content, arm.content)) {
      problems.push({
        path: ['arms', i, old.variantId !== arm.variantId ? 'variantId' : 'content'],
        message: `The content of arm "${arm.name}" cannot change after the start: a running experiment's arms are fixed except their weights. Run a new experiment to test other content.`,
      });
    }
  });
  return problems;
}

/** Whether the split changed (so the sample-ratio check must restart its count). */
export function weightsChanged(before: readonly Arm[], after: readonly Arm[]): boolean {
  return before.length !== after.length || before.some((a, i) => a.weight !== after[i].weight);
}

/** The instant since which the current weights apply, in ms (undefined: since the start). */
export function weightsSinceMs(arms: readonly Arm[]): number | undefined {
  const times = arms.flatMap((a) => (a.weightsSince ? [Date.parse(a.weightsSince)] : []));
  return times.length ? Math.max(...times) : undefined;
}

/** Arms as stored: arms saved before arms could carry content have no `content` key. */
export function storedArms(json: unknown): Arm[] {
  return (json as Arm[]).map((arm) => ({ ...arm, content: arm.content ?? null }));
}
