import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { findTree } from '@/lib/db/queries/trees/find-tree';
import { requireWorkspace } from '../../dashboard-context';
import { EditorLoader } from './editor-loader';

type Params = Promise<{ treeId: string }>;

/** One lookup per request, shared by the metadata and the page. */
const loadTree = cache(async (treeId: string) => {
  const ws = await requireWorkspace();
  return { ws, tree: await findTree(ws.workspaceId, treeId) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { tree } = await loadTree((await params).treeId);
  return { title: tree ? tree.name : 'Tree not found' };
}

/** The tree editor: the server checks the tree belongs to the workspace; the canvas is client-only. */
export default async function TreeEditorPage({ params }: { params: Params }) {
  const { ws, tree } = await loadTree((await params).treeId);
  if (!tree) notFound();
  return (
    <EditorLoader
      tree={{ id: tree.id, name: tree.name, status: tree.status, publishedVersion: tree.publishedVersion, document: tree.document }}
      canEdit={ws.can('write')}
    />
  );
}
