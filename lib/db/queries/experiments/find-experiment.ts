import { prisma } from '@/lib/db/client';
import { type Experiment, experimentSelect, toExperiment } from './experiment-shape';

/** One experiment of the workspace, or null (also for another workspace's id). */
export async function findExperiment(workspaceId: string, experimentId: string): Promise<Experiment | null> {
  const row = await prisma.experiment.findFirst({ where: { id: experimentId, workspaceId }, select: experimentSelect });
  return row ? toExperiment(row) : null;
}
