import { z } from 'zod';

// Trait keys reach SQL only as a bound JSON path, but they are still whitelisted so the
// path syntax of either database (dots, quotes, brackets) can never be injected.
export const traitKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_$-]{1,64}(\.[A-Za-z0-9_$-]{1,64}){0,4}$/, 'Use a trait name such as plan or address.city.');

/** The profiles explorer's filters, read from the page's search params. */
export const profileSearchSchema = z.object({
  /** Matches externalId or traits.email (case-insensitive substring). */
  q: z.string().max(200).optional(),
  /** With `value`: an exact trait match (string, number or boolean as written). */
  trait: traitKeySchema.optional(),
  value: z.string().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export type ProfileSearch = z.infer<typeof profileSearchSchema>;

export const eventPageSchema = z.object({
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
