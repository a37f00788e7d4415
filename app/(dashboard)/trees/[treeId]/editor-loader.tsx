'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { readBackup } from '@/components/tree-editor/draft-backup';
import type { EditorProps } from './tree-editor';
import { EditorSkeleton } from './editor-skeleton';

// The canvas measures the DOM and the draft may come from localStorage: both exist only in
// the browser, so the editor is not server-rendered.
const TreeEditor = dynamic(() => import('./tree-editor').then((m) => m.TreeEditor), { ssr: false, loading: EditorSkeleton });

export function EditorLoader({ tree, canEdit }: Pick<EditorProps, 'tree' | 'canEdit'>) {
  const [start, setStart] = useState<{ doc: EditorProps['initialDocument']; restored: boolean }>();
  useEffect(() => {
    const backup = canEdit ? readBackup(tree.id, tree.document) : undefined;
    setStart({ doc: backup?.doc ?? tree.document, restored: !!backup });
  }, [tree, canEdit]);
  if (!start) return <EditorSkeleton />;
  return <TreeEditor tree={tree} canEdit={canEdit} initialDocument={start.doc} restoredFromBackup={start.restored} />;
}
