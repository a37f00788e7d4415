import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { Experiment } from '@/lib/db/queries/experiments/experiment-shape';
import { findExperiment } from '@/lib/db/queries/experiments/find-experiment';

export async function experimentOr404(workspaceId: string, experimentId: string): Promise<Experiment> {
  const experiment = await findExperiment(workspaceId, experimentId);
  if (!experiment) throw new ApiError('not_found', 'No experiment with that id in this workspace.');
  return experiment;
}
