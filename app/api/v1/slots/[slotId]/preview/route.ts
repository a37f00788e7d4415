// POST /api/v1/slots/{slotId}/preview — each variant (stored, or the unsaved ones sent) rendered for a sample member of its segment
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { previewSlot } from '@/lib/evaluate/preview-slot';
import { previewSlotSchema } from '@/lib/validations/slots';
import { type SlotParams, VARIANT_MAX_BODY_BYTES, slotOr404 } from '../slot-param';

export const POST = withAuth<SlotParams>(
  async ({ req, params, workspaceId }) => {
    const hasBody = req.headers.get('content-length') !== '0' && req.body !== null;
    const body = hasBody ? await readJson(req, VARIANT_MAX_BODY_BYTES * 10) : {};
    const slot = await slotOr404(workspaceId, params.slotId);
    const { variants: drafts } = previewSlotSchema.parse(body);
    const variants = drafts ? drafts.map((d) => ({ id: null, ...d })) : slot.variants;
    return Response.json({ previews: await previewSlot(workspaceId, slot.treeId, variants) });
  },
  { permission: 'read' },
);
