import { prisma } from '@/lib/db/client';
import type { ExperimentStatus } from '@/lib/validations/experiments';
import type { ExperimentFields } from './create-experiment';
import { findExperiment } from './find-experiment';
import type { Experiment } from './experiment-shape';

/**
 * Saves fields of an experiment still in `status` (the status the caller checked the change
 * against): a concurrent start or stop makes it return null instead of writing a change that
 * is no longer allowed. Null also when the workspace has no such experiment.
 */
export async function updateExperiment(
  workspaceId: string,
  experimentId: string,
  status: ExperimentStatus,
  input: Partial<ExperimentFields>,
): Promise<Experiment | null> {
  const { count } = await prisma.experiment.updateMany({ where: { id: experimentId, workspaceId, status }, data: input });
  return count === 0 ? null : findExperiment(workspaceId, experimentId);
}
