import { z } from 'zod';
import { MAX_DURATION_AMOUNT, MAX_PATTERN_LENGTH, MAX_STRING_VALUE } from '../limits';
import { patternProblem } from '../regex';
import { instantProblem } from '../values/dates';
import { DURATION_UNITS } from '../values/durations';

// Building blocks with messages a marketer can act on. z.number() already refuses NaN and
// ±Infinity, which JSON cannot carry anyway.
export const numberSchema = z.number({ error: 'Enter a number.' });

export const textSchema = z
  .string({ error: 'Enter some text.' })
  .max(MAX_STRING_VALUE, { error: `Use at most ${MAX_STRING_VALUE} characters.` });

export const rangeSchema = z
  .tuple([numberSchema, numberSchema], { error: 'Enter two numbers: from and to.' })
  .refine(([lo, hi]) => lo <= hi, { error: 'Put the smaller number first.' });

export const instantSchema = z.string({ error: 'Enter a date and time.' }).superRefine((text, ctx) => {
  const problem = instantProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const durationSchema = z.object({
  amount: z
    .number({ error: 'Enter how many minutes, hours, days or weeks.' })
    .int({ error: 'Use a whole number of minutes, hours, days or weeks.' })
    .min(1, { error: 'Use at least 1.' })
    .max(MAX_DURATION_AMOUNT, { error: `Use at most ${MAX_DURATION_AMOUNT.toLocaleString('en-US')}.` }),
  unit: z.enum(DURATION_UNITS, { error: 'Choose minutes, hours, days or weeks.' }),
});

export const patternSchema = z
  .string({ error: 'Enter a pattern.' })
  .max(MAX_PATTERN_LENGTH, { error: `A pattern can be at most ${MAX_PATTERN_LENGTH} characters long.` })
  .superRefine((pattern, ctx) => {
    const problem = patternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const SEGMENT_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const segmentKeySchema = z
  .string({ error: 'Enter a segment key.' })
  .regex(SEGMENT_KEY, {
    error: "Use 1–64 lower-case letters, digits, '-' or '_' for the key, starting with a letter or digit.",
  });

export const idSchema = z
  .string({ error: 'Missing id.' })
  .min(1, { error: 'Missing id.' })
  .max(100, { error: 'Ids are at most 100 characters.' });
