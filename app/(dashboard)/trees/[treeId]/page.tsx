import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { requireWorkspace } from '../../dashboard-context';
import { EditorLoader } from './editor-loader';

type Params = Promise<{ treeId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ws = await requireWorkspace();
  const tree = await findTree(ws.workspaceId, (await params).treeId);
  return { title: tree ? tree.name : 'Tree not found' };
}

/** The tree editor: the server checks the tree belongs to the workspace; the canvas is client-only. */
export default async function TreeEditorPage({ params }: { params: Params }) {
  const ws = await requireWorkspace();
  const tree = await findTree(ws.workspaceId, (await params).treeId);
  if (!tree) notFound();
  return (
    <EditorLoader
      tree={{ id: tree.id, name: tree.name, status: tree.status, publishedVersion: tree.publishedVersion, document: tree.document }}
      canEdit={ws.can('write')}
    />
  );
}
