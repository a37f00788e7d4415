import { z } from 'zod';
import { variantContentSchema } from '@/lib/content';
import { SEGMENT_KEY } from '@/lib/segments/schema/common';

// Request and response shapes of the slots and variants routes, shared with the content UI's
// forms. A slot key is what the site asks for (`home-hero`), so it follows the segment-key
// rules: lower-case, URL- and JSON-safe, unique in the workspace.

export const slotKeySchema = z
  .string({ error: 'Enter a key for the slot.' })
  .regex(SEGMENT_KEY, "Use 1–64 lower-case letters, digits, '-' or '_' for the key, starting with a letter or digit.");
const slotNameSchema = z.string().trim().min(1, 'Name the slot.').max(100, 'Slot names are at most 100 characters.');
const treeIdSchema = z.string().min(1).max(100).nullable().describe('A published tree of the workspace; null: only the default variant is served.');

export const createSlotSchema = z
  .object({ key: slotKeySchema, name: slotNameSchema, treeId: treeIdSchema.default(null) })
  .strict();

export const updateSlotSchema = z
  .object({ key: slotKeySchema, name: slotNameSchema, treeId: treeIdSchema })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Send at least one of key, name, treeId.');

const variantNameSchema = z.string().trim().min(1, 'Name the variant.').max(100, 'Variant names are at most 100 characters.');
const segmentKeySchema = z
  .string()
  .regex(SEGMENT_KEY, 'Use the key of a segment of the slot’s tree.')
  .nullable()
  .describe('A segment of the slot’s tree; null: the default variant, for everyone else.');

export const createVariantSchema = z
  .object({ name: variantNameSchema, segmentKey: segmentKeySchema, content: variantContentSchema })
  .strict();

export const updateVariantSchema = z
  .object({ name: variantNameSchema, segmentKey: segmentKeySchema, content: variantContentSchema })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Send at least one of name, segmentKey, content.');

/** Unsaved variants may be previewed as they are being edited. */
export const previewSlotSchema = z
  .object({
    variants: z
      .array(z.object({ segmentKey: segmentKeySchema, content: variantContentSchema }).strict())
      .max(50)
      .optional()
      .describe('Preview these (unsaved) variants instead of the stored ones.'),
  })
  .strict();

// ---- Response shapes (documentation) ----
export const variantSchema = z.object({
  id: z.string(),
  slotId: z.string(),
  name: z.string(),
  segmentKey: z.string().nullable(),
  content: variantContentSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const slotSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  treeId: z.string().nullable(),
  variantCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const slotDetailSchema = slotSchema.extend({ variants: z.array(variantSchema) });

export const slotPreviewSchema = z.object({
  previews: z.array(
    z.object({
      variantId: z.string().nullable(),
      segmentKey: z.string().nullable(),
      segmentName: z.string().nullable(),
      sample: z.object({ externalId: z.string() }).nullable().describe('The member the variant was rendered for; null: no member found, fallbacks shown.'),
      content: variantContentSchema,
    }),
  ),
});
