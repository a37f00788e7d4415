// GET /api/v1/slots/{slotId} — the slot with its variants (default first)
// PATCH /api/v1/slots/{slotId} — change key, name or tree
// DELETE /api/v1/slots/{slotId} — delete it with its variants and experiments
import { readJson } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { withAuth } from '@/lib/api/with-auth';
import { deleteSlot } from '@/lib/db/queries/slots/delete-slot';
import { updateSlot } from '@/lib/db/queries/slots/update-slot';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { updateSlotSchema } from '@/lib/validations/slots';
import { type SlotParams, assertPublishedTree, slotOr404 } from './slot-param';

export const GET = withAuth<SlotParams>(
  async ({ params, workspaceId }) => Response.json({ slot: await slotOr404(workspaceId, params.slotId) }),
  { permission: 'read' },
);

export const PATCH = withAuth<SlotParams>(
  async ({ req, params, workspaceId }) => {
    const body = await readJson(req, 16 * 1024);
    // Existence first: an id from another workspace is a 404 whatever the body says.
    await slotOr404(workspaceId, params.slotId);
    const input = updateSlotSchema.parse(body);
    await assertPublishedTree(workspaceId, input.treeId);
    const slot = await updateSlot(workspaceId, params.slotId, input);
    if (!slot) throw new ApiError('not_found', 'No slot with that id in this workspace.');
    invalidateEvaluation(workspaceId);
    return Response.json({ slot });
  },
  { permission: 'write' },
);

export const DELETE = withAuth<SlotParams>(
  async ({ params, workspaceId }) => {
    if (!(await deleteSlot(workspaceId, params.slotId))) throw new ApiError('not_found', 'No slot with that id in this workspace.');
    invalidateEvaluation(workspaceId);
    return new Response(null, { status: 204 });
  },
  { permission: 'write' },
);
