import 'server-only';
import { notFound } from 'next/navigation';
import type { ExperimentJson } from '@/components/hooks/queries/use-experiment-query';
import { findExperiment } from '@/lib/db/queries/experiments/find-experiment';

/** The experiment as the client receives it over HTTP (dates as ISO strings), or the 404 page. */
export async function loadExperimentJson(workspaceId: string, experimentId: string): Promise<ExperimentJson> {
  const experiment = await findExperiment(workspaceId, experimentId);
  if (!experiment) notFound();
  return JSON.parse(JSON.stringify(experiment)) as ExperimentJson;
}
