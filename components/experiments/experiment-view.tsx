'use client';

import Link from 'next/link';
import { type ExperimentJson, useExperimentQuery } from '@/components/hooks/queries/use-experiment-query';
import { useWorkspace } from '@/components/providers/workspace-context';
import { Card, CardBody } from '@/components/ui/card';
import { formatDateTime } from '@/components/ui/format';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { describeMetric } from '@/lib/experiments/metrics';
import { ArmsSummary } from './arms-summary';
import { ExperimentActions } from './experiment-actions';
import { ResultsView } from './results-view';
import { StatusBadge } from './status-badge';

export function ExperimentView({
  initial,
  variants,
  canWrite,
}: {
  initial: ExperimentJson;
  /** The slot's variants, to name what the arms show. */
  variants: { id: string; name: string; segmentKey: string | null }[];
  canWrite: boolean;
}) {
  const { timezone } = useWorkspace();
  const experiment = useExperimentQuery(initial.id, initial).data ?? initial;
  const facts: [string, React.ReactNode][] = [
    ['Slot', <Link key="slot" href={`/content/${experiment.slot.id}`} className="text-brand-700 hover:underline">{experiment.slot.name} ({experiment.slot.key})</Link>],
    ['Segment', experiment.segmentKey ?? 'All segments'],
    ['Arms', experiment.arms.map((a) => `${a.name} ${a.weight} %`).join(' · ')],
    ['Primary metric', describeMetric(experiment.primaryMetric)],
    ['Started', experiment.startedAt ? formatDateTime(experiment.startedAt, timezone) : 'not yet'],
    ...(experiment.stoppedAt ? [['Stopped', formatDateTime(experiment.stoppedAt, timezone)] as [string, string]] : []),
  ];
  return (
    <>
      <Link href="/experiments" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ArrowLeftIcon className="size-4" /> Experiments
      </Link>
      <PageHeader
        title={<span className="flex items-center gap-3">{experiment.name} <StatusBadge status={experiment.status} /></span>}
        description={<span className="font-mono text-xs">{experiment.key}</span>}
        actions={<ExperimentActions experiment={experiment} canWrite={canWrite} />}
      />
      <Card className="mb-6">
        <CardBody>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            {facts.map(([term, value]) => (
              <div key={term}>
                <dt className="text-xs text-slate-500">{term}</dt>
                <dd className="text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
      <ArmsSummary arms={experiment.arms} variants={variants} />
      {experiment.status === 'draft' && experiment.exposures === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-8 text-center text-sm text-slate-500">
          Results appear here once the experiment is started and visitors are exposed.
        </p>
      ) : (
        <ResultsView experimentId={experiment.id} />
      )}
    </>
  );
}
