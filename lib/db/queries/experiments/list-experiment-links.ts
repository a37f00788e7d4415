import { prisma } from '@/lib/db/client';

export type ExperimentLink = { id: string; name: string; slotId: string };

/** The experiments of the workspace (or of one slot), just enough to link to them: the order of listExperiments, none of its counts. */
export function listExperimentLinks(workspaceId: string, filter: { slotId?: string } = {}): Promise<ExperimentLink[]> {
  return prisma.experiment.findMany({
    where: { workspaceId, ...filter },
    select: { id: true, name: true, slotId: true },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
  });
}
