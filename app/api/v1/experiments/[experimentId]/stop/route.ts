// POST /api/v1/experiments/{experimentId}/stop — running → stopped; no new exposures, results stay
import { withAuth } from '@/lib/api/with-auth';
import { stopExperiment } from '@/lib/experiments/manage/change-status';
import type { ExperimentParams } from '../experiment-param';

export const POST = withAuth<ExperimentParams>(
  async ({ params, workspaceId }) => Response.json({ experiment: await stopExperiment(workspaceId, params.experimentId) }),
  { permission: 'write' },
);
