import { z } from 'zod';
import { parseInstant, treeDocumentSchema } from '@/lib/segments';

// Request shapes of the trees, preview and segment-members routes. The tree document itself
// is checked by the core's validateTree (lib/segments), whose messages name the node; these
// schemas only take the envelope apart, so a document arrives here as `unknown`.

export const treeNameSchema = z.string().trim().min(1, 'Name the tree.').max(100, 'Tree names are at most 100 characters.');
const descriptionSchema = z.string().trim().max(2000, 'Descriptions are at most 2,000 characters.');

/** A new tree has one root and nothing else: every profile stays unassigned until edited. */
export function rootOnlyDocument() {
  return { version: 1 as const, nodes: [{ id: 'root', type: 'root' as const, position: { x: 0, y: 0 }, data: { label: 'Everyone' } }], edges: [] };
}

export const createTreeSchema = z
  .object({
    name: treeNameSchema.default('Untitled tree'),
    description: descriptionSchema.default(''),
    /** Validated by validateTree; absent → a root-only tree. */
    document: z.unknown().optional(),
  })
  .strict();

export const updateTreeSchema = z
  .object({ name: treeNameSchema, description: descriptionSchema, document: z.unknown() })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Send at least one of name, description, document.');

export type CreateTreeInput = z.infer<typeof createTreeSchema>;
export type UpdateTreeInput = z.infer<typeof updateTreeSchema>;

/** An instant with Z or an offset (as every instant in a tree); a bare date or local time is refused. */
export const asOfSchema = z
  .string()
  .max(64)
  .refine((text) => parseInstant(text) !== undefined, 'Use an ISO-8601 instant with a time and Z or an offset, e.g. 2024-05-01T00:00:00Z.')
  .transform((text) => parseInstant(text)!);

export const previewSchema = z
  .object({
    tree: z.unknown().refine((v) => v !== undefined, 'Send the tree document to count.'),
    asOf: asOfSchema.optional(),
    /** The saved tree this draft belongs to: lets a reference back to it be reported as a cycle now, not at publish. */
    treeId: z.string().min(1).max(100).optional(),
  })
  .strict();

export const segmentMembersQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The last profile id of the previous page (opaque to callers). */
  cursor: z.string().regex(/^\d{1,15}$/, 'Use the nextCursor of the previous page.').optional(),
  asOf: asOfSchema.optional(),
});

// ---- Response shapes (documentation: the OpenAPI document is generated from these) ----

const countsByKey = z.record(z.string(), z.number());
const issue = z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), nodeId: z.string().optional() });

export const treeSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(['draft', 'published']),
  publishedVersion: z.number().nullable(),
  publishedAt: z.string().nullable(),
  segmentSizes: countsByKey.nullable().describe('Segment key → profiles at the last publish; null before the first.'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const treeDetailSchema = treeSummarySchema.extend({
  document: treeDocumentSchema,
  warnings: z.array(issue).describe('The draft evaluates, but probably not as meant (a branch left open, …).'),
});

export const treeVersionSchema = z.object({
  version: z.number(),
  publishedAt: z.string(),
  publishedById: z.string().nullable(),
  segmentSizes: countsByKey,
  document: treeDocumentSchema,
});

export const previewResponseSchema = z.object({
  total: z.number(),
  excludedNoConsent: z.number(),
  nodes: countsByKey,
  segments: countsByKey,
  unassigned: z.number(),
  unassignedAt: z.record(z.string(), countsByKey).describe('Node id → open branch → profiles that stopped there.'),
  asOf: z.string(),
  tookMs: z.number(),
  engine: z.enum(['index', 'sql']),
  warnings: z.array(issue),
});

export const segmentMemberSchema = z.object({
  externalId: z.string(),
  traits: z.unknown(),
  path: z.array(
    z.object({
      nodeId: z.string(),
      kind: z.enum(['root', 'split', 'switch', 'segment']),
      label: z.string(),
      branch: z.string().optional(),
      description: z.string().optional().describe('The condition decided here, in words.'),
      outcome: z.boolean().optional(),
      cases: z.array(z.object({ caseId: z.string(), label: z.string(), description: z.string(), matched: z.boolean() })).optional(),
      segmentKey: z.string().optional(),
    }),
  ),
});

const pathSummary = z.object({
  path: z.string(),
  present: z.number().describe('Sampled rows with a value here.'),
  types: z.record(z.enum(['string', 'number', 'boolean', 'date', 'array', 'object']), z.number()),
  topValues: z.array(z.object({ value: z.union([z.string(), z.number(), z.boolean()]), count: z.number() })),
});

export const schemaDiscoverySchema = z.object({
  sampled: z.object({ profiles: z.number(), events: z.number() }).describe('The most recent rows that paths, types, counts and values were read from.'),
  traits: z.array(pathSummary),
  context: z.array(pathSummary),
  events: z.array(z.object({ name: z.string(), sampled: z.number().describe('Events of this name in the sample.'), properties: z.array(pathSummary) }))
    .describe('Every event name of the workspace (up to 1,000), most sampled first.'),
});
