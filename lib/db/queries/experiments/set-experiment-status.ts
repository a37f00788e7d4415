import { prisma } from '@/lib/db/client';
import type { ExperimentStatus } from '@/lib/validations/experiments';

/**
 * Moves an experiment from one status to the next in one conditional write (start: draft →
 * running, stop: running → stopped), so two concurrent clicks cannot both succeed. False when
 * the experiment is not in `from` (or not in this workspace).
 */
export async function setExperimentStatus(workspaceId: string, experimentId: string, from: ExperimentStatus, to: ExperimentStatus, at: Date): Promise<boolean> {
  const stamp = to === 'running' ? { startedAt: at } : to === 'stopped' ? { stoppedAt: at } : {};
  const { count } = await prisma.experiment.updateMany({ where: { id: experimentId, workspaceId, status: from }, data: { status: to, ...stamp } });
  return count === 1;
}
