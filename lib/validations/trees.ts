import { z } from 'zod';
import { MAX_EDGES, MAX_NODES, parseInstant, treeDocumentSchema } from '@/lib/segments';
import { TEMPLATE_KEYS } from '@/lib/tree-templates/templates';

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
    /** Default: the template's name, else 'Untitled tree'. */
    name: treeNameSchema.optional(),
    description: descriptionSchema.optional(),
    /** Validated by validateTree; absent → a root-only tree (or the template's). */
    document: z.unknown().optional(),
    /** Start from a template (GET /api/v1/tree-templates); its segment keys are made unique in the workspace. */
    template: z.enum(TEMPLATE_KEYS as [string, ...string[]], { error: `Choose a template: ${TEMPLATE_KEYS.join(', ')}.` }).optional(),
  })
  .strict()
  .refine((v) => v.document === undefined || v.template === undefined, { error: 'Send a document or a template, not both.', path: ['template'] });

export const duplicateTreeSchema = z.object({ name: treeNameSchema.optional() }).strict();

/** A version number in a path; anything else names no version (404). */
export const versionParamSchema = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number);

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

export const diffTreeSchema = z
  .object({
    /** The draft to compare; default: the saved draft. */
    document: z.unknown().optional(),
    asOf: asOfSchema.optional(),
  })
  .strict();

export const previewMembersSchema = z
  .object({
    /** The draft to sample from; default: the saved draft of treeId. */
    tree: z.unknown().optional(),
    treeId: z.string().min(1).max(100).optional(),
    nodeId: z.string({ error: 'Say which node to sample.' }).min(1).max(100),
    limit: z.number().int().min(1).max(100).default(10),
    cursor: z.string().regex(/^\d{1,15}$/, 'Use the nextCursor of the previous page.').optional(),
    asOf: asOfSchema.optional(),
  })
  .strict()
  .refine((v) => v.tree !== undefined || v.treeId !== undefined, { error: 'Send the tree document or the id of a saved tree.', path: ['tree'] });

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
  publishedById: z.string().nullable().describe('The user who published the last version; null for an API key or before the first publish.'),
  unpublishedChanges: z.boolean().describe('The draft differs from the last published version (canvas positions aside).'),
  segments: z
    .array(z.object({ key: z.string(), name: z.string(), color: z.string(), size: z.number() }))
    .nullable()
    .describe('The last version’s segments in document order with their sizes at that publish; null before the first.'),
  segmentSizes: countsByKey.nullable().describe('Segment key → profiles at the last publish; null before the first.'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const publisherSchema = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }).nullable();

export const treeListItemSchema = treeSummarySchema.extend({ publishedBy: publisherSchema });

export const treeDetailSchema = treeSummarySchema.extend({
  document: treeDocumentSchema,
  warnings: z.array(issue).describe('The draft evaluates, but probably not as meant (a branch left open, …).'),
  errors: z
    .array(issue)
    .optional()
    .describe('GET and PUT: what stops the saved draft from being published (a missing branch, an invalid value, …); empty when it can be.'),
});

export const treeVersionSchema = z.object({
  version: z.number(),
  publishedAt: z.string(),
  publishedById: z.string().nullable(),
  publishedBy: publisherSchema,
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

export const treeTemplateSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  segments: z.array(z.object({ key: z.string(), name: z.string(), color: z.string() })),
  document: treeDocumentSchema,
});

const nodeRef = z.object({ nodeId: z.string(), kind: z.enum(['root', 'split', 'switch', 'segment']), label: z.string() });
const movementSide = z.object({
  key: z.string().nullable().describe('A segment key; null for profiles in no segment (unassigned).'),
  name: z.string(),
  color: z.string(),
  count: z.number(),
});

export const treeDiffSchema = z.object({
  base: z.object({ version: z.number().nullable().describe('The version compared against; null before the first publish.') }),
  nodes: z.object({
    added: z.array(nodeRef),
    removed: z.array(nodeRef),
    changed: z.array(nodeRef.extend({
      changes: z.array(z.object({
        what: z.enum(['kind', 'label', 'condition', 'cases', 'wiring', 'segment-key', 'segment-name', 'segment-color']),
        before: z.string(),
        after: z.string(),
      })),
    })),
    unchanged: z.number(),
  }),
  movement: z.object({
    from: z.array(movementSide).describe('Rows: the published version’s segments, then "no segment".'),
    to: z.array(movementSide).describe('Columns: the draft’s segments, then "no segment".'),
    counts: z.array(z.array(z.number())).describe('counts[row][column]: profiles in from[row] now and in to[column] after publishing.'),
    moved: z.number().describe('Profiles whose segment key changes.'),
    total: z.number(),
    excludedNoConsent: z.number(),
    asOf: z.string(),
    tookMs: z.number(),
    engine: z.enum(['index', 'sql']),
  }),
});

const draftObject = z.record(z.string(), z.unknown());
const draftNodeSchema = z.object({
  id: z.string({ error: 'Every node needs an id.' }).min(1).max(100),
  type: z.enum(['root', 'split', 'switch', 'segment'], { error: 'A node is a root, a split, a switch or a segment.' }),
  position: z.object({ x: z.number(), y: z.number() }, { error: 'Every node needs a canvas position {x, y}.' }),
  data: draftObject.optional(),
});
const draftEdgeSchema = z.object({
  id: z.string().max(100).optional(),
  source: z.string({ error: 'A connection needs a source node id.' }).max(100),
  target: z.string({ error: 'A connection needs a target node id.' }).max(100),
  branch: z.string().max(64).optional(),
});

/**
 * What PUT accepts as a draft that does not validate yet: the document's shape (version 1,
 * nodes with id/type/position and an object of data, edges between ids) within the core's
 * size limits. What is inside `data` (conditions, segment fields) and the wiring are checked
 * by validateTree; their problems are reported, not refused, until publish.
 */
export const draftDocumentSchema = z.object(
  {
    version: z.literal(1, { error: 'Only tree documents of version 1 are supported.' }),
    nodes: z.array(draftNodeSchema, { error: 'A tree needs a list of nodes.' }).max(MAX_NODES, { error: `A tree has at most ${MAX_NODES} nodes.` }),
    edges: z.array(draftEdgeSchema, { error: 'A tree needs a list of connections.' }).max(MAX_EDGES, { error: `A tree has at most ${MAX_EDGES} connections.` }),
  },
  { error: 'A tree document is an object with version, nodes and edges.' },
);
