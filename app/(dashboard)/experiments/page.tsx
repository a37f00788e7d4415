import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/experiments/status-badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatNumber } from '@/components/ui/format';
import { FlaskIcon, PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/time';
import { listExperiments } from '@/lib/db/queries/experiments/list-experiments';
import { requireWorkspace } from '../dashboard-context';

export const metadata: Metadata = { title: 'Experiments' };

const th = 'px-4 py-2.5 text-xs font-medium text-slate-500';

export default async function ExperimentsPage() {
  const ws = await requireWorkspace();
  const experiments = await listExperiments(ws.workspaceId);
  const canWrite = ws.can('write');
  const create = canWrite ? (
    <Link href="/experiments/new" className={buttonClasses('primary')}>
      <PlusIcon className="size-4" /> New experiment
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader title="Experiments" description="A/B tests inside a slot, for one segment or all: which variant converts better for these people?" actions={experiments.length ? create : undefined} />
      {experiments.length === 0 ? (
        <EmptyState icon={<FlaskIcon className="size-6" />} title="No experiments yet" actions={create}>
          Split the visitors of a content slot between a control and one or more variants, then read lift, confidence intervals, p-values and the chance to beat control.
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Experiments</caption>
            <thead className="border-b border-slate-100 bg-slate-50/60">
              <tr>
                <th scope="col" className={th}>Experiment</th>
                <th scope="col" className={th}>Status</th>
                <th scope="col" className={th}>Slot</th>
                <th scope="col" className={th}>Segment</th>
                <th scope="col" className={th}>Arms</th>
                <th scope="col" className={`${th} text-right`}>Exposed</th>
                <th scope="col" className={th}>Changed</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {experiments.map((e) => (
                <tr key={e.id} className="group hover:bg-slate-50" data-testid="experiment-row">
                  <td className="px-4 py-2.5">
                    <Link href={`/experiments/${e.id}`} className="font-medium text-brand-700 group-hover:underline">
                      {e.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-500">{e.key}</div>
                  </td>
                  <td className="px-4 py-2.5"><StatusBadge status={e.status} /></td>
                  <td className="px-4 py-2.5 text-slate-700"><Link href={`/content/${e.slot.id}`} className="hover:underline">{e.slot.name}</Link></td>
                  <td className="px-4 py-2.5 text-slate-700">{e.segmentKey ? <span className="font-mono text-xs">{e.segmentKey}</span> : 'All segments'}</td>
                  <td className="px-4 py-2.5 text-slate-700">{e.arms.map((a) => `${a.name} ${a.weight} %`).join(' · ')}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">{formatNumber(e.exposures)}</td>
                  <td className="px-4 py-2.5 whitespace-nowrap text-slate-600"><RelativeTime value={e.updatedAt} timeZone={ws.timezone} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
