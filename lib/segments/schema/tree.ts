import { z } from 'zod';
import { MAX_EDGES, MAX_NODES, MAX_SWITCH_CASES } from '../limits';
import { idSchema, segmentKeySchema } from './common';
import { conditionRootSchema } from './conditions';

// The tree document (v1), stored as JSON on Tree/TreeVersion. Nodes follow React Flow's
// {id, type, position, data} so the canvas maps them one to one; everything the canvas adds
// on its own (selected, measured, …) is stripped on parse. Edges carry the branch they
// leave from: the root's single branch is 'all'; a split's 'yes' / 'no'; a switch's case id
// or 'else'.

export const ROOT_BRANCH = 'all';
export const ELSE_BRANCH = 'else';

const positionSchema = z.object(
  { x: z.number({ error: 'Position x must be a number.' }), y: z.number({ error: 'Position y must be a number.' }) },
  { error: 'Every node needs a canvas position {x, y}.' },
);
const labelSchema = z.string({ error: 'Enter a label.' }).max(100, { error: 'Labels are at most 100 characters.' });

export const rootNodeSchema = z.object({
  id: idSchema,
  type: z.literal('root'),
  position: positionSchema,
  data: z.object({ label: labelSchema.optional() }).optional(),
});

export const splitNodeSchema = z.object({
  id: idSchema,
  type: z.literal('split'),
  position: positionSchema,
  data: z.object({ label: labelSchema.optional(), condition: conditionRootSchema }),
});

export const caseIdSchema = z
  .string({ error: 'Missing case id.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Case ids use 1–64 letters, digits, '-' or '_'." })
  .refine((id) => id !== ELSE_BRANCH, { error: "'else' is reserved for the switch's last branch." });

export const switchCaseSchema = z.object({
  id: caseIdSchema,
  label: labelSchema.optional(),
  condition: conditionRootSchema,
});

export const switchNodeSchema = z.object({
  id: idSchema,
  type: z.literal('switch'),
  position: positionSchema,
  data: z.object({
    label: labelSchema.optional(),
    cases: z
      .array(switchCaseSchema)
      .min(1, { error: 'A switch needs at least one case.' })
      .max(MAX_SWITCH_CASES, { error: `A switch has at most ${MAX_SWITCH_CASES} cases.` })
      .superRefine((cases, ctx) => {
        const seen = new Set<string>();
        cases.forEach((c, i) => {
          if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Two cases share the id '${c.id}'.` });
          seen.add(c.id);
        });
      }),
  }),
});

export const segmentNodeSchema = z.object({
  id: idSchema,
  type: z.literal('segment'),
  position: positionSchema,
  data: z.object({
    key: segmentKeySchema,
    name: z
      .string({ error: 'Name the segment.' })
      .trim()
      .min(1, { error: 'Name the segment.' })
      .max(100, { error: 'Segment names are at most 100 characters.' }),
    color: z.string({ error: 'Pick a colour.' }).regex(/^#[0-9a-fA-F]{6}$/, { error: 'Use a colour like #6366f1.' }),
  }),
});

export const treeNodeSchema = z.discriminatedUnion(
  'type',
  [rootNodeSchema, splitNodeSchema, switchNodeSchema, segmentNodeSchema],
  { error: 'A node is a root, a split, a switch or a segment.' },
);

export const treeEdgeSchema = z.object({
  id: idSchema.optional(),
  source: idSchema,
  target: idSchema,
  branch: z.string({ error: 'A connection must say which branch it leaves from.' }).min(1).max(64),
});

export const treeDocumentSchema = z.object({
  version: z.literal(1, { error: 'Only tree documents of version 1 are supported.' }),
  nodes: z
    .array(treeNodeSchema, { error: 'A tree needs a list of nodes.' })
    .max(MAX_NODES, { error: `A tree has at most ${MAX_NODES} nodes.` }),
  edges: z
    .array(treeEdgeSchema, { error: 'A tree needs a list of connections.' })
    .max(MAX_EDGES, { error: `A tree has at most ${MAX_EDGES} connections.` }),
}, { error: 'A tree document is an object with version, nodes and edges.' });

export type RootNode = z.infer<typeof rootNodeSchema>;
export type SplitNode = z.infer<typeof splitNodeSchema>;
export type SwitchNode = z.infer<typeof switchNodeSchema>;
export type SwitchCase = z.infer<typeof switchCaseSchema>;
export type SegmentNode = z.infer<typeof segmentNodeSchema>;
export type TreeNode = z.infer<typeof treeNodeSchema>;
export type TreeEdge = z.infer<typeof treeEdgeSchema>;
export type TreeDocument = z.infer<typeof treeDocumentSchema>;
export type NodeKind = TreeNode['type'];
