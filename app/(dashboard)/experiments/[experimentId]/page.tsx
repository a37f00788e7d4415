import type { Metadata } from 'next';
import { ExperimentView } from '@/components/experiments/experiment-view';
import { listSlotOptions } from '@/lib/db/queries/experiments/list-slot-options';
import { requireWorkspace } from '../../dashboard-context';
import { loadExperimentJson } from './load-experiment';

export const metadata: Metadata = { title: 'Experiment' };

export default async function ExperimentPage({ params }: { params: Promise<{ experimentId: string }> }) {
  const ws = await requireWorkspace();
  const { experimentId } = await params;
  const experiment = await loadExperimentJson(ws.workspaceId, experimentId);
  const [slot] = await listSlotOptions(ws.workspaceId, experiment.slot.id);
  return <ExperimentView key={experiment.updatedAt} initial={experiment} variants={slot?.variants ?? []} canWrite={ws.can('write')} />;
}
