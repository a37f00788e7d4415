// GET /api/v1/slots/{slotId}/variants — the slot's variants (default first)
// POST /api/v1/slots/{slotId}/variants — add a variant for a segment of the slot's tree, or the default (segmentKey null)
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { writeVariant } from '@/lib/db/queries/variants/write-variant';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { createVariantSchema } from '@/lib/validations/slots';
import { type SlotParams, VARIANT_MAX_BODY_BYTES, assertSlotSegment, slotOr404 } from '../slot-param';

export const GET = withAuth<SlotParams>(
  async ({ params, workspaceId }) => Response.json({ variants: (await slotOr404(workspaceId, params.slotId)).variants }),
  { permission: 'read' },
);

export const POST = withAuth<SlotParams>(
  async ({ req, params, workspaceId }) => {
    const body = await readJson(req, VARIANT_MAX_BODY_BYTES);
    const slot = await slotOr404(workspaceId, params.slotId);
    const input = createVariantSchema.parse(body);
    await assertSlotSegment(workspaceId, slot.treeId, input.segmentKey);
    const variant = await writeVariant(workspaceId, slot.id, input);
    if (!variant) throw new ApiError('not_found', 'No slot with that id in this workspace.');
    invalidateEvaluation(workspaceId);
    return Response.json({ variant }, { status: 201 });
  },
  { permission: 'write' },
);
