// GET /api/v1/experiments/{experimentId} — one experiment
// PATCH /api/v1/experiments/{experimentId} — change fields (what may change depends on the status)
// DELETE /api/v1/experiments/{experimentId} — delete a draft or stopped experiment with its exposures
import { readJson } from '@/lib/api/body';
import { withAuth } from '@/lib/api/with-auth';
import { removeExperiment } from '@/lib/experiments/manage/change-status';
import { experimentOr404 } from '@/lib/experiments/manage/experiment-or-404';
import { saveExperimentChanges } from '@/lib/experiments/manage/save-experiment';
import { updateExperimentSchema } from '@/lib/validations/experiments';
import type { ExperimentParams } from './experiment-param';

export const GET = withAuth<ExperimentParams>(
  async ({ params, workspaceId }) => Response.json({ experiment: await experimentOr404(workspaceId, params.experimentId) }),
  { permission: 'read' },
);

export const PATCH = withAuth<ExperimentParams>(
  async ({ req, params, workspaceId }) => {
    const body = await readJson(req);
    // Existence first: an id from another workspace is a 404 whatever the body says.
    await experimentOr404(workspaceId, params.experimentId);
    const input = updateExperimentSchema.parse(body);
    return Response.json({ experiment: await saveExperimentChanges(workspaceId, params.experimentId, input) });
  },
  { permission: 'write' },
);

export const DELETE = withAuth<ExperimentParams>(
  async ({ params, workspaceId }) => {
    await removeExperiment(workspaceId, params.experimentId);
    return new Response(null, { status: 204 });
  },
  { permission: 'write' },
);
