import {
  eventRecordSchema,
  eventsEnvelopeSchema,
  profileRecordSchema,
  profilesEnvelopeSchema,
  segmentBatchEnvelopeSchema,
} from '@/lib/validations/ingest';
import { createApiKeySchema, createInvitationSchema } from '@/lib/validations/account';
import { updateMemberSchema, workspaceSettingsSchema } from '@/lib/validations/workspace';
import {
  createTreeSchema,
  diffTreeSchema,
  duplicateTreeSchema,
  previewMembersSchema,
  previewResponseSchema,
  previewSchema,
  schemaDiscoverySchema,
  segmentMemberSchema,
  segmentMembersQuerySchema,
  treeDetailSchema,
  treeDiffSchema,
  treeListItemSchema,
  treeTemplateSchema,
  treeVersionSchema,
  updateTreeSchema,
} from '@/lib/validations/trees';
import {
  createSlotSchema,
  createVariantSchema,
  previewSlotSchema,
  slotDetailSchema,
  slotPreviewSchema,
  slotSchema,
  updateSlotSchema,
  updateVariantSchema,
  variantSchema,
} from '@/lib/validations/slots';
import { evaluateRequestSchema, evaluateResponseSchema } from '@/lib/validations/evaluate';
import {
  createExperimentSchema,
  experimentResponseSchema,
  experimentResultsSchema,
  listExperimentsQuerySchema,
  updateExperimentSchema,
} from '@/lib/validations/experiments';
import { z } from 'zod';
import type { RouteSpec } from './types';

// Every route under /api/v1. The OpenAPI document is generated from this list and the
// route-matrix e2e test fails when a route file exists that is not listed here.
const rejected = z.array(z.object({ index: z.number(), code: z.string(), message: z.string() }));
const importReport = z.object({
  rows: z.number(),
  accepted: z.number(),
  duplicates: z.number().optional().describe('Events import only: repeated messageIds.'),
  rejected: z
    .array(z.object({ line: z.number(), issues: z.array(z.object({ column: z.string().nullable(), code: z.string(), message: z.string() })) }))
    .describe('The first 1,000 rejected lines (1-based file lines; the header is line 1).'),
  rejectedCount: z.number(),
  columns: z.array(z.object({ name: z.string(), type: z.enum(['number', 'boolean', 'date', 'string']) })),
});
const csvBody = (what: string) => ({
  contentType: 'text/csv' as const,
  description: `A CSV of ${what}. With \`Accept: application/x-ndjson\` the response is NDJSON: lines {"type":"progress","rows","accepted","rejected"} as chunks commit, then {"type":"result", ...report}.`,
});

export const API_ROUTES: RouteSpec[] = [
  // Ingest
  {
    method: 'POST', path: '/api/v1/profiles', tag: 'Ingest', permission: 'ingest',
    summary: 'Upsert up to 1,000 profiles; traits merge by top-level key.',
    body: { contentType: 'application/json', schema: profilesEnvelopeSchema.extend({ profiles: z.array(profileRecordSchema) }) },
    response: { status: 200, description: 'Accepted count and each rejected record with its reason.', schema: z.object({ accepted: z.number(), rejected }) },
    errors: [400, 413, 415, 422, 429],
  },
  {
    method: 'POST', path: '/api/v1/events', tag: 'Ingest', permission: 'ingest',
    summary: 'Record up to 1,000 events; a repeated messageId is counted once.',
    body: { contentType: 'application/json', schema: eventsEnvelopeSchema.extend({ events: z.array(eventRecordSchema) }) },
    response: { status: 200, description: 'Accepted means durable.', schema: z.object({ accepted: z.number(), duplicates: z.number(), rejected }) },
    errors: [400, 413, 415, 422, 429],
  },
  {
    method: 'POST', path: '/api/v1/batch', tag: 'Ingest', permission: 'ingest',
    summary: 'Segment tracking-API batch (identify, track, page).',
    body: { contentType: 'application/json', schema: segmentBatchEnvelopeSchema },
    errors: [400, 413, 415, 422, 429],
  },
  {
    method: 'POST', path: '/api/v1/import/profiles', tag: 'Ingest', permission: 'ingest',
    summary: 'Import profiles from CSV; column types are inferred and reported.',
    body: csvBody('profiles (externalId, traits.*, consent.*, context.*)'),
    response: { status: 200, description: 'The import report.', schema: importReport },
    errors: [413, 415, 422],
  },
  {
    method: 'POST', path: '/api/v1/import/events', tag: 'Ingest', permission: 'ingest',
    summary: 'Import events from CSV.',
    body: csvBody('events (externalId, event, timestamp, messageId, properties.*, context.*)'),
    response: { status: 200, description: 'The import report.', schema: importReport },
    errors: [413, 415, 422],
  },
  // Profiles
  { method: 'GET', path: '/api/v1/profiles/{externalId}', tag: 'Profiles', permission: 'read', summary: 'A profile: traits, consent, context, scores.', errors: [404] },
  { method: 'DELETE', path: '/api/v1/profiles/{externalId}', tag: 'Profiles', permission: 'write', summary: 'Erase a profile and all its events (GDPR).', errors: [404] },
  { method: 'GET', path: '/api/v1/profiles/{externalId}/events', tag: 'Profiles', permission: 'read', summary: 'The profile’s events, newest first, paginated.', errors: [404, 422] },
  { method: 'GET', path: '/api/v1/profiles/{externalId}/export', tag: 'Profiles', permission: 'read', summary: 'Everything stored about a profile, as JSON (GDPR export).', errors: [404] },
  // Workspace administration (signed-in owners; API keys never have `admin`)
  { method: 'GET', path: '/api/v1/workspace/members', tag: 'Workspace', permission: 'read', summary: 'Members and their roles.' },
  { method: 'PATCH', path: '/api/v1/workspace/members/{memberId}', tag: 'Workspace', permission: 'admin', summary: 'Change a member’s role.', body: { contentType: 'application/json', schema: updateMemberSchema }, errors: [404, 409, 422] },
  { method: 'DELETE', path: '/api/v1/workspace/members/{memberId}', tag: 'Workspace', permission: 'admin', summary: 'Remove a member (never the last owner).', errors: [404, 409] },
  { method: 'GET', path: '/api/v1/workspace/invitations', tag: 'Workspace', permission: 'admin', summary: 'Pending invitations.' },
  { method: 'POST', path: '/api/v1/workspace/invitations', tag: 'Workspace', permission: 'admin', summary: 'Create an invitation link with a role.', body: { contentType: 'application/json', schema: createInvitationSchema }, errors: [422] },
  { method: 'DELETE', path: '/api/v1/workspace/invitations/{invitationId}', tag: 'Workspace', permission: 'admin', summary: 'Revoke an invitation.', errors: [404] },
  { method: 'GET', path: '/api/v1/workspace/api-keys', tag: 'Workspace', permission: 'admin', summary: 'API keys (prefix and scopes, never the secret).' },
  { method: 'POST', path: '/api/v1/workspace/api-keys', tag: 'Workspace', permission: 'admin', summary: 'Create an API key; the key is in this response only.', body: { contentType: 'application/json', schema: createApiKeySchema }, errors: [422] },
  { method: 'DELETE', path: '/api/v1/workspace/api-keys/{apiKeyId}', tag: 'Workspace', permission: 'admin', summary: 'Revoke an API key.', errors: [404] },
  { method: 'GET', path: '/api/v1/workspace/settings', tag: 'Workspace', permission: 'read', summary: 'Workspace settings.' },
  { method: 'PATCH', path: '/api/v1/workspace/settings', tag: 'Workspace', permission: 'admin', summary: 'Change workspace settings.', body: { contentType: 'application/json', schema: workspaceSettingsSchema }, errors: [422] },
  // Trees and segments
  { method: 'GET', path: '/api/v1/trees', tag: 'Trees', permission: 'read', summary: 'Every tree: draft or published, last version, segment sizes at that publish.', response: { status: 200, description: 'The trees, most recently edited first.', schema: z.object({ trees: z.array(treeListItemSchema) }) } },
  {
    method: 'POST', path: '/api/v1/trees', tag: 'Trees', permission: 'write',
    summary: 'Create a tree from a document or a template (default: a root only).',
    body: { contentType: 'application/json', schema: createTreeSchema, description: 'The document follows docs/SEGMENTS.md (tree document v1); it is validated by the segmentation core.' },
    response: { status: 201, description: 'The new tree, with the draft’s warnings.', schema: z.object({ tree: treeDetailSchema }) },
    errors: [400, 413, 415, 422],
  },
  { method: 'GET', path: '/api/v1/trees/{treeId}', tag: 'Trees', permission: 'read', summary: 'A tree with its draft document and warnings.', response: { status: 200, description: 'The tree.', schema: z.object({ tree: treeDetailSchema }) }, errors: [404] },
  {
    method: 'PUT', path: '/api/v1/trees/{treeId}', tag: 'Trees', permission: 'write',
    summary: 'Save the draft: name, description and/or document. A draft with problems is saved and they come back as errors (publish refuses it); only a body that is not a tree document is a 422.',
    body: { contentType: 'application/json', schema: updateTreeSchema },
    response: { status: 200, description: 'The saved tree, with the draft’s warnings.', schema: z.object({ tree: treeDetailSchema }) },
    errors: [400, 404, 413, 415, 422],
  },
  { method: 'DELETE', path: '/api/v1/trees/{treeId}', tag: 'Trees', permission: 'write', summary: 'Delete a tree with its versions and segments (409 while another published tree uses one of its segments, or a slot serves content by them).', response: { status: 204, description: 'Deleted.' }, errors: [404, 409] },
  {
    method: 'POST', path: '/api/v1/trees/{treeId}/publish', tag: 'Trees', permission: 'write',
    summary: 'Publish the draft as the next immutable version (1, 2, 3, …), storing each segment’s size now.',
    response: { status: 201, description: 'The new version with its segment sizes.', schema: z.object({ version: treeVersionSchema.extend({ tookMs: z.number(), engine: z.enum(['index', 'sql']) }) }) },
    errors: [404, 409, 422],
  },
  { method: 'GET', path: '/api/v1/trees/{treeId}/versions', tag: 'Trees', permission: 'read', summary: 'Published versions, newest first, with their segment sizes.', response: { status: 200, description: 'The versions.', schema: z.object({ versions: z.array(treeVersionSchema) }) }, errors: [404] },
  {
    method: 'GET', path: '/api/v1/trees/{treeId}/versions/{version}', tag: 'Trees', permission: 'read',
    summary: 'One published version with its document and segment sizes.',
    response: { status: 200, description: 'The version.', schema: z.object({ version: treeVersionSchema }) },
    errors: [404],
  },
  {
    method: 'POST', path: '/api/v1/trees/{treeId}/versions/{version}/restore', tag: 'Trees', permission: 'write',
    summary: 'Make the draft a copy of this version’s document (versions stay as they are; publish to make it live).',
    response: { status: 200, description: 'The tree with its restored draft and warnings.', schema: z.object({ tree: treeDetailSchema }) },
    errors: [404],
  },
  {
    method: 'POST', path: '/api/v1/trees/{treeId}/duplicate', tag: 'Trees', permission: 'write',
    summary: 'A new draft tree copying this one’s draft; segment keys already used in the workspace get a -2, -3, … suffix.',
    body: { contentType: 'application/json', schema: duplicateTreeSchema, description: 'Optional; the name defaults to "<name> (copy)".' },
    response: { status: 201, description: 'The new tree.', schema: z.object({ tree: treeDetailSchema }) },
    errors: [400, 404, 415, 422],
  },
  {
    method: 'POST', path: '/api/v1/trees/{treeId}/diff', tag: 'Trees', permission: 'read',
    summary: 'What publishing the draft (or the document sent) would change against the last version: nodes added, removed, changed, and exactly how many profiles move from which segment to which.',
    body: { contentType: 'application/json', schema: diffTreeSchema, description: 'Optional; default: the saved draft, now.' },
    response: { status: 200, description: 'The node changes and the movement matrix.', schema: treeDiffSchema },
    errors: [400, 404, 413, 415, 422],
  },
  {
    method: 'GET', path: '/api/v1/tree-templates', tag: 'Trees', permission: 'read',
    summary: 'Templates a tree can start from (POST /api/v1/trees with {"template": key}).',
    response: { status: 200, description: 'The templates with their documents.', schema: z.object({ templates: z.array(treeTemplateSchema) }) },
  },
  {
    method: 'POST', path: '/api/v1/preview', tag: 'Trees', permission: 'read',
    summary: 'Exact counts at every node of an unsaved draft tree, at asOf (default now).',
    body: { contentType: 'application/json', schema: previewSchema },
    response: { status: 200, description: 'Counts per node, per segment and where profiles stopped unassigned.', schema: previewResponseSchema },
    errors: [400, 413, 415, 422],
  },
  {
    method: 'POST', path: '/api/v1/preview/members', tag: 'Trees', permission: 'read',
    summary: 'Sample profiles reaching a node of a draft (sent, or the saved draft of treeId), each with the path of conditions that took it there.',
    body: { contentType: 'application/json', schema: previewMembersSchema },
    response: {
      status: 200,
      description: 'A page of profiles in profile order; follow nextCursor until it is null (a page may hold fewer than limit).',
      schema: z.object({ nodeId: z.string(), members: z.array(segmentMemberSchema), nextCursor: z.string().nullable(), asOf: z.string() }),
    },
    errors: [400, 404, 413, 415, 422],
  },
  {
    method: 'GET', path: '/api/v1/segments/{key}/members', tag: 'Trees', permission: 'read',
    summary: 'Sample members of a published segment, each with the path of conditions that placed it there.',
    query: segmentMembersQuerySchema,
    response: {
      status: 200,
      description: 'A page of members in profile order; follow nextCursor until it is null (a page may hold fewer than limit).',
      schema: z.object({
        segment: z.object({ key: z.string(), name: z.string(), color: z.string(), treeId: z.string(), treeName: z.string(), version: z.number() }),
        members: z.array(segmentMemberSchema),
        nextCursor: z.string().nullable(),
        asOf: z.string(),
      }),
    },
    errors: [404, 422],
  },
  { method: 'GET', path: '/api/v1/schema', tag: 'Trees', permission: 'read', summary: 'What the data holds, for the editor: trait paths and event properties with types and top values.', response: { status: 200, description: 'The discovered schema.', schema: schemaDiscoverySchema } },
  // Content: slots and variants
  { method: 'GET', path: '/api/v1/slots', tag: 'Content', permission: 'read', summary: 'Every slot, by key, with its variant count.', response: { status: 200, description: 'The slots.', schema: z.object({ slots: z.array(slotSchema) }) } },
  { method: 'POST', path: '/api/v1/slots', tag: 'Content', permission: 'write', summary: 'Create a slot: a placement on the site, following a published tree (or none).', body: { contentType: 'application/json', schema: createSlotSchema }, response: { status: 201, description: 'The new slot.', schema: z.object({ slot: slotSchema }) }, errors: [400, 409, 415, 422] },
  { method: 'GET', path: '/api/v1/slots/{slotId}', tag: 'Content', permission: 'read', summary: 'A slot with its variants, the default first.', response: { status: 200, description: 'The slot.', schema: z.object({ slot: slotDetailSchema }) }, errors: [404] },
  { method: 'PATCH', path: '/api/v1/slots/{slotId}', tag: 'Content', permission: 'write', summary: 'Change a slot’s key, name or tree.', body: { contentType: 'application/json', schema: updateSlotSchema }, response: { status: 200, description: 'The slot.', schema: z.object({ slot: slotSchema }) }, errors: [400, 404, 409, 415, 422] },
  { method: 'DELETE', path: '/api/v1/slots/{slotId}', tag: 'Content', permission: 'write', summary: 'Delete a slot with its variants and experiments.', response: { status: 204, description: 'Deleted.' }, errors: [404] },
  { method: 'GET', path: '/api/v1/slots/{slotId}/variants', tag: 'Content', permission: 'read', summary: 'The slot’s variants, the default first.', response: { status: 200, description: 'The variants.', schema: z.object({ variants: z.array(variantSchema) }) }, errors: [404] },
  { method: 'POST', path: '/api/v1/slots/{slotId}/variants', tag: 'Content', permission: 'write', summary: 'Add a variant for a segment of the slot’s tree, or the default (segmentKey null); one per segment.', body: { contentType: 'application/json', schema: createVariantSchema, description: 'Content fields and placeholders: docs/CONTENT.md.' }, response: { status: 201, description: 'The new variant.', schema: z.object({ variant: variantSchema }) }, errors: [400, 404, 409, 413, 415, 422] },
  { method: 'PATCH', path: '/api/v1/slots/{slotId}/variants/{variantId}', tag: 'Content', permission: 'write', summary: 'Change a variant’s name, segment or content.', body: { contentType: 'application/json', schema: updateVariantSchema }, response: { status: 200, description: 'The variant.', schema: z.object({ variant: variantSchema }) }, errors: [400, 404, 409, 413, 415, 422] },
  { method: 'DELETE', path: '/api/v1/slots/{slotId}/variants/{variantId}', tag: 'Content', permission: 'write', summary: 'Delete a variant.', response: { status: 204, description: 'Deleted.' }, errors: [404] },
  { method: 'POST', path: '/api/v1/slots/{slotId}/preview', tag: 'Content', permission: 'read', summary: 'Each variant (stored, or the unsaved ones sent) rendered for a sample member of its segment.', body: { contentType: 'application/json', schema: previewSlotSchema }, response: { status: 200, description: 'One rendered preview per variant.', schema: slotPreviewSchema }, errors: [400, 404, 413, 415, 422] },
  // Evaluation
  {
    method: 'POST', path: '/api/v1/evaluate', tag: 'Evaluate', permission: 'evaluate',
    summary: 'The visitor’s segment in every published tree, with its path, and the rendered variant of each requested slot. CORS for the workspace’s site origins; rate limited per API key.',
    body: { contentType: 'application/json', schema: evaluateRequestSchema, description: 'docs/EVALUATE.md' },
    response: { status: 200, description: 'Segments in dependency order and content per slot.', schema: evaluateResponseSchema },
    errors: [400, 403, 413, 415, 422, 429],
  },
  // Experiments
  { method: 'GET', path: '/api/v1/experiments', tag: 'Experiments', permission: 'read', summary: 'Every experiment, most recently changed first, with its exposure count.', query: listExperimentsQuerySchema, response: { status: 200, description: 'The experiments.', schema: z.object({ experiments: z.array(experimentResponseSchema) }) }, errors: [422] },
  {
    method: 'POST', path: '/api/v1/experiments', tag: 'Experiments', permission: 'write',
    summary: 'Create a draft experiment in a slot: arms (the first is the control, weights in % adding up to 100), primary and secondary metrics.',
    body: { contentType: 'application/json', schema: createExperimentSchema, description: 'Metrics and rules: docs/EXPERIMENTS.md.' },
    response: { status: 201, description: 'The new draft.', schema: z.object({ experiment: experimentResponseSchema }) },
    errors: [400, 409, 413, 415, 422],
  },
  { method: 'GET', path: '/api/v1/experiments/{experimentId}', tag: 'Experiments', permission: 'read', summary: 'One experiment.', response: { status: 200, description: 'The experiment.', schema: z.object({ experiment: experimentResponseSchema }) }, errors: [404] },
  {
    method: 'PATCH', path: '/api/v1/experiments/{experimentId}', tag: 'Experiments', permission: 'write',
    summary: 'Change an experiment. Draft: anything. Running: name, weights (arms keep keys, order and variants) and secondary metrics. Stopped: name and secondary metrics. Other changes are a 409.',
    body: { contentType: 'application/json', schema: updateExperimentSchema },
    response: { status: 200, description: 'The saved experiment.', schema: z.object({ experiment: experimentResponseSchema }) },
    errors: [400, 404, 409, 413, 415, 422],
  },
  { method: 'DELETE', path: '/api/v1/experiments/{experimentId}', tag: 'Experiments', permission: 'write', summary: 'Delete a draft or stopped experiment and its exposures (409 while running).', response: { status: 204, description: 'Deleted.' }, errors: [404, 409] },
  { method: 'POST', path: '/api/v1/experiments/{experimentId}/start', tag: 'Experiments', permission: 'write', summary: 'Start a draft: visitors of its slot (and segment) are assigned from now on. 409 unless draft, or while another running experiment of the slot covers the same visitors.', response: { status: 200, description: 'The running experiment.', schema: z.object({ experiment: experimentResponseSchema }) }, errors: [404, 409, 422] },
  { method: 'POST', path: '/api/v1/experiments/{experimentId}/stop', tag: 'Experiments', permission: 'write', summary: 'Stop a running experiment: no new exposures; results remain. A stopped experiment does not restart.', response: { status: 200, description: 'The stopped experiment.', schema: z.object({ experiment: experimentResponseSchema }) }, errors: [404, 409] },
  { method: 'GET', path: '/api/v1/experiments/{experimentId}/results', tag: 'Experiments', permission: 'read', summary: 'Results: per arm users, conversions, rate or mean, lifts with 95 % CIs, p-values (Holm-adjusted), chance to beat control, expected loss; SRM; remaining sample; per-segment breakdown; daily cumulative series.', response: { status: 200, description: 'The results (docs/EXPERIMENTS.md).', schema: z.object({ results: experimentResultsSchema }) }, errors: [404] },
  // Documentation
  { method: 'GET', path: '/api/v1/openapi.json', tag: 'Meta', permission: null, summary: 'This OpenAPI document.' },
];
