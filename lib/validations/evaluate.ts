import { z } from 'zod';
import { variantContentSchema } from '@/lib/content';
import { contextSchema, INGEST_LIMITS } from './ingest';
import { slotKeySchema } from './slots';
import { asOfSchema } from './trees';

// POST /api/v1/evaluate. A visitor is either a stored profile (externalId) or anonymous
// (traits); context is the live request's, laid over the stored last-seen context key by key.
const MAX_EVALUATE_SLOTS = 20;
export const EVALUATE_MAX_BODY_BYTES = 64 * 1024;

export const evaluateRequestSchema = z
  .object({
    externalId: z.string().min(1, 'must not be empty').max(INGEST_LIMITS.externalIdMax).optional()
      .describe('A stored profile: its traits, consent, events and last-seen context are used. Unknown ids are evaluated as an anonymous visitor with no events.'),
    traits: z.record(z.string(), z.unknown(), 'must be a JSON object').optional().describe('An anonymous visitor’s traits (instead of externalId).'),
    context: contextSchema.optional().describe('The live request’s context (device, country, referrer, utm_*, timezone, userAgent, …); overrides the stored one key by key. A userAgent fills device/os/browser when they are absent.'),
    slots: z.array(slotKeySchema).max(MAX_EVALUATE_SLOTS, `Ask for at most ${MAX_EVALUATE_SLOTS} slots at once.`).optional().describe('Slot keys to render content for; none: segments only.'),
    asOf: asOfSchema.optional().describe('Evaluate as of this instant (default now).'),
  })
  .strict()
  .refine((v) => v.externalId === undefined || v.traits === undefined, {
    message: 'Send either externalId (a stored profile) or traits (an anonymous visitor), not both.',
    path: ['traits'],
  });

export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;

// ---- Response shape (documentation) ----
const stepSchema = z.object({
  nodeId: z.string(),
  kind: z.enum(['root', 'split', 'switch', 'segment']),
  label: z.string(),
  branch: z.string().optional(),
  segmentKey: z.string().optional(),
});

export const evaluateResponseSchema = z.object({
  segments: z.array(
    z.object({
      tree: z.string().describe('The tree id.'),
      treeName: z.string(),
      version: z.number().describe('The published version evaluated (the latest).'),
      segment: z.string().nullable().describe('null: unassigned (an open branch), or excluded for consent.'),
      segmentName: z.string().nullable(),
      path: z.array(stepSchema).describe('The nodes passed on the way down, with the branch taken at each.'),
    }),
  ),
  content: z.record(
    z.string(),
    z.union([
      z.object({
        variant: z
          .object({ id: z.string().nullable(), name: z.string(), segmentKey: z.string().nullable() })
          .describe("id null: an experiment arm's own content, under the arm's name, with the visitor's segment of the slot's tree."),
        content: variantContentSchema.describe('Rendered: placeholders filled, every text field HTML-escaped, URLs checked.'),
        experiment: z.object({ key: z.string(), arm: z.string() }).optional(),
      }),
      z.object({ variant: z.null(), content: z.null(), reason: z.enum(['unknown_slot', 'no_variant']) }),
    ]),
  ),
  excludedNoConsent: z.boolean().describe('Consent forbids personalisation: no segments, default variants without profile data.'),
  asOf: z.string(),
});
