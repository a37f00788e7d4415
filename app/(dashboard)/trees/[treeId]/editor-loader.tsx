'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { readBackup } from '@/components/tree-editor/draft-backup';
import type { EditorProps } from './tree-editor';
import { EditorSkeleton } from './editor-skeleton';

// The canvas measures the DOM and the draft may come from localStorage: both exist only in
// the browser, so the editor is not server-rendered.
const TreeEditor = dynamic(() => import('./tree-editor').then((m) => m.TreeEditor), { ssr: false, loading: EditorSkeleton });

type Start = { tree: EditorProps['tree']; doc: EditorProps['initialDocument']; restored: boolean; notice?: string; generation: number };

export function EditorLoader({ tree, canEdit }: Pick<EditorProps, 'tree' | 'canEdit'>) {
  const [start, setStart] = useState<Start>();
  useEffect(() => {
    const backup = canEdit ? readBackup(tree.id, tree.document) : undefined;
    setStart({ tree, doc: backup?.doc ?? tree.document, restored: !!backup, generation: 0 });
  }, [tree, canEdit]);
  // A restored version replaces the draft on the server: a new editor (fresh undo history,
  // autosave baseline and canvas) starts from it.
  const onReload = useCallback<EditorProps['onReload']>((next, notice) => {
    setStart((s) => s && { tree: { ...s.tree, ...next }, doc: next.document, restored: false, notice, generation: s.generation + 1 });
  }, []);
  if (!start) return <EditorSkeleton />;
  return (
    <TreeEditor
      key={start.generation}
      tree={start.tree}
      canEdit={canEdit}
      initialDocument={start.doc}
      restoredFromBackup={start.restored}
      notice={start.notice}
      onReload={onReload}
    />
  );
}
