import { prisma } from '@/lib/db/client';
import type { Arm } from '@/lib/experiments/arms';
import type { Metric, PrimaryMetric } from '@/lib/experiments/metrics';
import { type Experiment, experimentSelect, toExperiment } from './experiment-shape';

export interface ExperimentFields {
  key: string;
  name: string;
  slotId: string;
  segmentKey: string | null;
  arms: Arm[];
  primaryMetric: PrimaryMetric;
  secondaryMetrics: Metric[];
}

/** A new draft experiment; a key the workspace already uses is a P2002 (409). */
export async function createExperiment(workspaceId: string, input: ExperimentFields): Promise<Experiment> {
  const row = await prisma.experiment.create({ data: { workspaceId, status: 'draft', ...input }, select: experimentSelect });
  return toExperiment(row);
}
