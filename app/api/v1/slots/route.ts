// GET /api/v1/slots — every slot of the workspace, by key, with its variant count
// POST /api/v1/slots — create a slot (key, name, a published tree or null)
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { createSlot } from '@/lib/db/queries/slots/create-slot';
import { listSlots } from '@/lib/db/queries/slots/list-slots';
import { invalidateEvaluation } from '@/lib/evaluate/workspace-state';
import { createSlotSchema } from '@/lib/validations/slots';
import { assertPublishedTree } from './[slotId]/slot-param';

export const GET = withAuth(async ({ workspaceId }) => Response.json({ slots: await listSlots(workspaceId) }), { permission: 'read' });

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = createSlotSchema.parse(await readJson(req, 16 * 1024));
    await assertPublishedTree(workspaceId, input.treeId);
    const slot = await createSlot(workspaceId, input);
    invalidateEvaluation(workspaceId);
    return Response.json({ slot }, { status: 201 });
  },
  { permission: 'write' },
);
