// PATCH /api/v1/slots/{slotId}/variants/{variantId} — change a variant's name, segment or content
// DELETE /api/v1/slots/{slotId}/variants/{variantId} — delete a variant
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { deleteVariant } from '@/lib/db/queries/variants/delete-variant';
import { writeVariant } from '@/lib/db/queries/variants/write-variant';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { updateVariantSchema } from '@/lib/validations/slots';
import { type SlotParams, VARIANT_MAX_BODY_BYTES, assertSlotSegment, slotOr404 } from '../../slot-param';

type VariantParams = SlotParams & { variantId: string };
const notFound = () => new ApiError('not_found', 'No variant with that id in this slot.');

export const PATCH = withAuth<VariantParams>(
  async ({ req, params, workspaceId }) => {
    const body = await readJson(req, VARIANT_MAX_BODY_BYTES);
    const slot = await slotOr404(workspaceId, params.slotId);
    if (!slot.variants.some((v) => v.id === params.variantId)) throw notFound();
    const input = updateVariantSchema.parse(body);
    await assertSlotSegment(workspaceId, slot.treeId, input.segmentKey);
    const variant = await writeVariant(workspaceId, slot.id, input, params.variantId);
    if (!variant) throw notFound();
    invalidateEvaluation(workspaceId);
    return Response.json({ variant });
  },
  { permission: 'write' },
);

export const DELETE = withAuth<VariantParams>(
  async ({ params, workspaceId }) => {
    if (!(await deleteVariant(workspaceId, params.slotId, params.variantId))) throw notFound();
    invalidateEvaluation(workspaceId);
    return new Response(null, { status: 204 });
  },
  { permission: 'write' },
);
