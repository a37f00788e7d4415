import { type Arm, storedArms } from '@/lib/experiments/arms';
import type { Metric, PrimaryMetric } from '@/lib/experiments/metrics';
import type { ExperimentStatus } from '@/lib/validations/experiments';

// The experiment as routes and pages see it. JSON columns were validated on the way in
// (create, update), so their types hold when read back.

export const experimentSelect = {
  id: true,
  key: true,
  name: true,
  slotId: true,
  segmentKey: true,
  status: true,
  arms: true,
  primaryMetric: true,
  secondaryMetrics: true,
  startedAt: true,
  stoppedAt: true,
  createdAt: true,
  updatedAt: true,
  slot: { select: { key: true, name: true, treeId: true } },
  _count: { select: { exposures: true } },
} as const;

type Row = {
  id: string;
  key: string;
  name: string;
  slotId: string;
  segmentKey: string | null;
  status: string;
  arms: unknown;
  primaryMetric: unknown;
  secondaryMetrics: unknown;
  startedAt: Date | null;
  stoppedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  slot: { key: string; name: string; treeId: string | null };
  _count: { exposures: number };
};

export interface Experiment {
  id: string;
  key: string;
  name: string;
  slot: { id: string; key: string; name: string; treeId: string | null };
  segmentKey: string | null;
  status: ExperimentStatus;
  arms: Arm[];
  primaryMetric: PrimaryMetric;
  secondaryMetrics: Metric[];
  startedAt: Date | null;
  stoppedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Profiles exposed so far. */
  exposures: number;
}

export function toExperiment(row: Row): Experiment {
  const { slot, _count, slotId, ...rest } = row;
  return {
    ...rest,
    slot: { id: slotId, ...slot },
    status: row.status as ExperimentStatus,
    arms: storedArms(row.arms),
    primaryMetric: row.primaryMetric as PrimaryMetric,
    secondaryMetrics: row.secondaryMetrics as Metric[],
    exposures: _count.exposures,
  };
}
