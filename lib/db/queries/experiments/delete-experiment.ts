import { prisma } from '@/lib/db/client';

/** Deletes a draft or stopped experiment with its exposures; false when none matched. */
export async function deleteExperiment(workspaceId: string, experimentId: string): Promise<boolean> {
  const { count } = await prisma.experiment.deleteMany({ where: { id: experimentId, workspaceId, status: { in: ['draft', 'stopped'] } } });
  return count === 1;
}
