import type { Metadata } from 'next';
import { TreesList } from '@/components/trees-list/trees-list';
import { requireWorkspace } from '../dashboard-context';

export const metadata: Metadata = { title: 'Trees' };

export default async function TreesPage() {
  const ws = await requireWorkspace();
  return <TreesList canEdit={ws.can('write')} />;
}
