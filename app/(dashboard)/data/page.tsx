import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { formatNumber } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { countWorkspaceData } from '@/lib/db/queries/workspaces/count-workspace-data';
import { requireWorkspace } from '../dashboard-context';
import { CsvImporter } from './csv-importer';
import { QuickStart } from './quick-start';

export const metadata: Metadata = { title: 'Data' };

// The endpoint shown in the quick-start is the host the user is looking at (forwarded
// headers first, as behind a proxy).
async function publicOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0].trim() ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

export default async function DataPage() {
  const ws = await requireWorkspace();
  const [stats, origin] = await Promise.all([countWorkspaceData(ws.workspaceId), publicOrigin()]);
  const cards = [
    { label: 'Profiles', value: stats.profiles, testId: 'stat-profiles' },
    { label: 'Events', value: stats.events, testId: 'stat-events' },
    { label: 'Events received in the last 24 h', value: stats.eventsLast24h, testId: 'stat-events-24h' },
  ];
  return (
    <>
      <PageHeader title="Data" description="Bring profiles and events into this workspace: upload a CSV, or send them from your servers over HTTP." />
      <dl className="mb-8 grid gap-3 sm:grid-cols-3">
        {cards.map((c) => (
          <div key={c.label} className="rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm">
            <dt className="text-sm text-slate-500">{c.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tracking-tight text-slate-900" data-testid={c.testId}>
              {formatNumber(c.value)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="space-y-8">
        <CsvImporter canImport={ws.can('ingest')} />
        <QuickStart origin={origin} canCreateKeys={ws.can('admin')} />
      </div>
    </>
  );
}
