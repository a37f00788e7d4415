import { prisma } from '@/lib/db/client';
import type { ExperimentStatus } from '@/lib/validations/experiments';
import { type Experiment, experimentSelect, toExperiment } from './experiment-shape';

/** The workspace's experiments, most recently changed first, optionally by status or slot. */
export async function listExperiments(workspaceId: string, filter: { status?: ExperimentStatus; slotId?: string } = {}): Promise<Experiment[]> {
  const rows = await prisma.experiment.findMany({
    where: { workspaceId, ...filter },
    select: experimentSelect,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map(toExperiment);
}
