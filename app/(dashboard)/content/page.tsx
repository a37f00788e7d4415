import type { Metadata } from 'next';
import { type SlotExperimentLink, SlotsList } from '@/components/content/slots-list';
import { listExperimentLinks } from '@/lib/db/queries/experiments/list-experiment-links';
import { requireWorkspace } from '../dashboard-context';

export const metadata: Metadata = { title: 'Content' };

type SearchParams = Promise<{ tree?: string | string[] }>;

/** Content slots; `?tree=<id>` (from the trees list) opens "New slot" with that tree chosen. */
export default async function ContentPage({ searchParams }: { searchParams: SearchParams }) {
  const ws = await requireWorkspace();
  const { tree } = await searchParams;
  const experiments: Record<string, SlotExperimentLink[]> = {};
  for (const e of await listExperimentLinks(ws.workspaceId)) (experiments[e.slotId] ??= []).push({ id: e.id, name: e.name });
  return <SlotsList canWrite={ws.can('write')} experiments={experiments} createForTree={typeof tree === 'string' ? tree : undefined} />;
}
