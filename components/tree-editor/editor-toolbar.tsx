'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import type { TreeVersionItem } from '@/components/hooks/queries/use-tree-versions-query';
import { PublishDialog } from '@/components/tree-publish/publish-dialog';
import { VersionHistory } from '@/components/tree-publish/version-history';
import type { TreeDocument } from '@/lib/segments';
import type { ShortcutAction } from './shortcuts';

function ToolButton({ label, shortcut, onClick, disabled, children }: { label: string; shortcut?: string; onClick(): void; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      disabled={disabled}
      className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:pointer-events-none disabled:opacity-35"
    >
      {children}
    </button>
  );
}

const svg = (d: string) => (
  <svg viewBox="0 0 24 24" className="size-4.5" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    <path d={d} />
  </svg>
);
const UNDO = svg('M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11');
const REDO = svg('m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13');
const LAYOUT = svg('M12 3v4M5 17v-3a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v3M9 3h6v4H9zM3 17h4v4H3zM17 17h4v4h-4z');
const FIT = svg('M4 9V5a1 1 0 0 1 1-1h4M15 4h4a1 1 0 0 1 1 1v4M20 15v4a1 1 0 0 1-1 1h-4M9 20H5a1 1 0 0 1-1-1v-4');
const HELP = svg('M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z');

export function EditorToolbar({
  treeId,
  doc,
  canEdit,
  canUndo,
  canRedo,
  run,
  onRestored,
  onPublished,
  problems,
}: {
  treeId: string;
  doc: TreeDocument;
  canEdit: boolean;
  canUndo: boolean;
  canRedo: boolean;
  run(action: ShortcutAction): void;
  onRestored(document: TreeDocument): void;
  onPublished(version: TreeVersionItem): void;
  /** Errors in the draft: publishing needs a valid tree (the dialog saves the draft first). */
  problems: number;
}) {
  const [publishOpen, setPublishOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <div className="flex items-center gap-1">
      {canEdit && (
        <>
          <ToolButton label="Undo" shortcut="Ctrl+Z" onClick={() => run('undo')} disabled={!canUndo}>
            {UNDO}
          </ToolButton>
          <ToolButton label="Redo" shortcut="Ctrl+Shift+Z" onClick={() => run('redo')} disabled={!canRedo}>
            {REDO}
          </ToolButton>
          <ToolButton label="Auto-layout" shortcut="L" onClick={() => run('layout')}>
            {LAYOUT}
          </ToolButton>
        </>
      )}
      <ToolButton label="Fit view" shortcut="F" onClick={() => run('fit')}>
        {FIT}
      </ToolButton>
      <ToolButton label="Keyboard shortcuts" shortcut="?" onClick={() => run('help')}>
        {HELP}
      </ToolButton>
      <div className="relative ml-1">
        <Button variant="secondary" size="sm" onClick={() => setHistoryOpen((o) => !o)} aria-expanded={historyOpen}>
          Versions
        </Button>
        <div className={cn('absolute top-full right-0 z-30 mt-2 max-h-[70vh] w-80 overflow-y-auto rounded-xl bg-white p-3 shadow-xl ring-1 ring-slate-200', !historyOpen && 'hidden')}>
          {historyOpen && (
            <VersionHistory
              treeId={treeId}
              onRestored={(document) => {
                setHistoryOpen(false);
                onRestored(document);
              }}
            />
          )}
        </div>
      </div>
      {canEdit && (
        <>
          <Button
            size="sm"
            disabled={problems > 0}
            title={problems > 0 ? `Fix ${problems} problem${problems === 1 ? '' : 's'} first: only a valid tree can be published.` : undefined}
            onClick={() => setPublishOpen(true)}
          >
            Publish
          </Button>
          <PublishDialog treeId={treeId} document={doc} open={publishOpen} onOpenChange={setPublishOpen} onPublished={onPublished} />
        </>
      )}
    </div>
  );
}
