import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ExperimentForm } from '@/components/experiments/experiment-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireWorkspace } from '../../../dashboard-context';
import { loadFormData } from '../../form-data';
import { loadExperimentJson } from '../load-experiment';

export const metadata: Metadata = { title: 'Edit experiment' };

export default async function EditExperimentPage({ params }: { params: Promise<{ experimentId: string }> }) {
  const ws = await requireWorkspace();
  const { experimentId } = await params;
  if (!ws.can('write')) redirect(`/experiments/${experimentId}`);
  const [experiment, data] = await Promise.all([loadExperimentJson(ws.workspaceId, experimentId), loadFormData(ws.workspaceId)]);
  const note = experiment.status === 'running' ? 'Running: the name, the traffic split and the secondary metrics can change.' : experiment.status === 'stopped' ? 'Stopped: the name and the secondary metrics can change.' : 'Draft: everything can change.';
  return (
    <>
      <PageHeader title={`Edit ${experiment.name}`} description={note} />
      <ExperimentForm experiment={experiment} {...data} />
    </>
  );
}
