import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ExperimentForm } from '@/components/experiments/experiment-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireWorkspace } from '../../dashboard-context';
import { loadFormData } from '../form-data';

export const metadata: Metadata = { title: 'New experiment' };

export default async function NewExperimentPage() {
  const ws = await requireWorkspace();
  if (!ws.can('write')) redirect('/experiments');
  const data = await loadFormData(ws.workspaceId);
  return (
    <>
      <PageHeader title="New experiment" description="Saved as a draft: nothing changes for visitors until you start it." />
      <ExperimentForm {...data} />
    </>
  );
}
