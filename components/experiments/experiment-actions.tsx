'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import { type ExperimentJson, useDeleteExperiment, useExperimentAction } from '@/components/hooks/queries/use-experiment-query';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

type Pending = 'start' | 'stop' | 'delete' | null;

const COPY: Record<Exclude<Pending, null>, { title: string; body: string; confirm: string; danger?: boolean }> = {
  start: {
    title: 'Start this experiment?',
    body: 'Visitors of the slot are assigned to arms from now on and see the variant of their arm. The key, slot, segment, arms and primary metric are then fixed; the traffic split can still change.',
    confirm: 'Start experiment',
  },
  stop: {
    title: 'Stop this experiment?',
    body: 'No one new is assigned and every visitor sees the slot’s normal content again. Results stay available. A stopped experiment cannot be restarted.',
    confirm: 'Stop experiment',
    danger: true,
  },
  delete: { title: 'Delete this experiment?', body: 'Its exposures and results are deleted for good.', confirm: 'Delete', danger: true },
};

export function ExperimentActions({ experiment, canWrite }: { experiment: ExperimentJson; canWrite: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState<Pending>(null);
  const action = useExperimentAction(experiment.id);
  const remove = useDeleteExperiment(experiment.id);
  if (!canWrite) return null;
  const busy = action.isPending || remove.isPending;
  const confirm = () => {
    if (pending === 'delete') {
      remove.mutate(undefined, { onSuccess: () => { router.push('/experiments'); router.refresh(); } });
    } else if (pending) {
      action.mutate(pending, { onSuccess: () => { setPending(null); router.refresh(); } });
    }
  };
  const error = action.error ?? remove.error;
  return (
    <>
      <Link href={`/experiments/${experiment.id}/edit`} className={buttonClasses('secondary')}>Edit</Link>
      {experiment.status === 'draft' && <Button onClick={() => setPending('start')}>Start</Button>}
      {experiment.status === 'running' && <Button variant="danger" onClick={() => setPending('stop')}>Stop</Button>}
      {experiment.status !== 'running' && <Button variant="ghost" onClick={() => setPending('delete')}>Delete</Button>}
      <Dialog open={pending !== null} onClose={() => { setPending(null); action.reset(); remove.reset(); }} title={pending ? COPY[pending].title : ''} description={pending ? COPY[pending].body : undefined}>
        {error && <p role="alert" className="mb-3 text-sm text-red-600">{errorMessage(error)}</p>}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setPending(null)}>Cancel</Button>
          {pending && <Button variant={COPY[pending].danger ? 'danger' : 'primary'} pending={busy} onClick={confirm}>{COPY[pending].confirm}</Button>}
        </div>
      </Dialog>
    </>
  );
}
