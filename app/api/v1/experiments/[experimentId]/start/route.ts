// POST /api/v1/experiments/{experimentId}/start — draft → running; visitors start being assigned
import { withAuth } from '@/lib/api/with-auth';
import { startExperiment } from '@/lib/experiments/manage/change-status';
import type { ExperimentParams } from '../experiment-param';

export const POST = withAuth<ExperimentParams>(
  async ({ params, workspaceId }) => Response.json({ experiment: await startExperiment(workspaceId, params.experimentId) }),
  { permission: 'write' },
);
