// GET /api/v1/experiments/{experimentId}/results — per-arm statistics, SRM, sample size, segments, daily series
import { withAuth } from '@/lib/api/with-auth';
import { experimentOr404 } from '@/lib/experiments/manage/experiment-or-404';
import { loadResults } from '@/lib/experiments/manage/load-results';
import type { ExperimentParams } from '../experiment-param';

export const GET = withAuth<ExperimentParams>(
  async ({ params, workspaceId }) => {
    const experiment = await experimentOr404(workspaceId, params.experimentId);
    return Response.json({ results: await loadResults(workspaceId, experiment) });
  },
  { permission: 'read' },
);
