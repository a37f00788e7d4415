import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SlotEditor } from '@/components/content/slot-editor';
import type { SlotDetailJson } from '@/components/hooks/queries/use-slots-query';
import { listExperimentLinks } from '@/lib/db/queries/experiments/list-experiment-links';
import { findSlot } from '@/lib/db/queries/slots/find-slot';
import { requireWorkspace } from '../../dashboard-context';

type Params = Promise<{ slotId: string }>;

/** One lookup per request, shared by the metadata and the page. */
const loadSlot = cache(async (slotId: string) => {
  const ws = await requireWorkspace();
  return { ws, slot: await findSlot(ws.workspaceId, slotId) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slot } = await loadSlot((await params).slotId);
  return { title: slot ? slot.name : 'Slot not found' };
}

/** The slot editor: the server checks the slot belongs to the workspace and hands over its variants. */
export default async function SlotPage({ params }: { params: Params }) {
  const { ws, slot } = await loadSlot((await params).slotId);
  if (!slot) notFound();
  const experiments = (await listExperimentLinks(ws.workspaceId, { slotId: slot.id })).map((e) => ({ id: e.id, name: e.name }));
  // As the client would receive it over HTTP (dates as ISO strings), so the query's data has one shape.
  const initial = JSON.parse(JSON.stringify(slot)) as SlotDetailJson;
  return <SlotEditor key={slot.id} initial={initial} experiments={experiments} canWrite={ws.can('write')} />;
}
