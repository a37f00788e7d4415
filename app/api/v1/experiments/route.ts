// GET /api/v1/experiments — every experiment (optionally ?status= and ?slotId=), with exposure counts
// POST /api/v1/experiments — create a draft experiment in a slot
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { listExperiments } from '@/lib/db/queries/experiments/list-experiments';
import { saveNewExperiment } from '@/lib/experiments/manage/save-experiment';
import { createExperimentSchema, listExperimentsQuerySchema } from '@/lib/validations/experiments';

export const GET = withAuth(
  async ({ req, workspaceId }) => {
    const filter = listExperimentsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ experiments: await listExperiments(workspaceId, filter) });
  },
  { permission: 'read' },
);

export const POST = withAuth(
  async ({ req, workspaceId }) => {
    const input = createExperimentSchema.parse(await readJson(req));
    return Response.json({ experiment: await saveNewExperiment(workspaceId, input) }, { status: 201 });
  },
  { permission: 'write' },
);
