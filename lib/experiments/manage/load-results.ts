import 'server-only';
import { queryMetricRows } from '@/lib/db/queries/experiments/query-metric-rows';
import type { RawDb } from '@/lib/db/raw';
import { rawDb } from '@/lib/db/raw';
import { weightsSinceMs } from '@/lib/experiments/arms';
import { buildResults } from '@/lib/experiments/results/build-results';
import type { ExperimentResults } from '@/lib/experiments/results/types';
import type { Experiment } from '@/lib/db/queries/experiments/experiment-shape';

/**
 * Results of an experiment: one aggregate query per metric (the primary with its daily
 * series), then the pure assembly with lib/stats. A draft has no exposures and gives the
 * empty shape, which the page shows as "waiting for data".
 */
export async function loadResults(
  workspaceId: string,
  experiment: Pick<Experiment, 'id' | 'arms' | 'primaryMetric' | 'secondaryMetrics'>,
  { now = Date.now(), db = rawDb() }: { now?: number; db?: RawDb } = {},
): Promise<ExperimentResults> {
  const base = { workspaceId, experimentId: experiment.id, asOf: now };
  const since = weightsSinceMs(experiment.arms);
  const primary = await queryMetricRows(db, { ...base, metric: experiment.primaryMetric, since, series: true });
  const secondary = [];
  for (const metric of experiment.secondaryMetrics) secondary.push(await queryMetricRows(db, { ...base, metric, series: false }));
  return buildResults({
    experimentId: experiment.id,
    arms: experiment.arms,
    primaryMetric: experiment.primaryMetric,
    secondaryMetrics: experiment.secondaryMetrics,
    primary,
    secondary,
    computedAt: now,
  });
}
