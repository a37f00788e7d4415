'use client';

import { cn } from '@/components/ui/cn';
import type { PaletteKind } from '@/lib/tree-graph/edit';
import { KIND_STYLE } from './nodes/kind-style';

export const DRAG_MIME = 'application/x-audience-studio-node';

const ITEMS: { kind: PaletteKind; hint: string }[] = [
  { kind: 'split', hint: 'One condition: yes or no' },
  { kind: 'switch', hint: 'Cases in order, first match wins' },
  { kind: 'segment', hint: 'An end point profiles land in' },
];

/** Node kinds to drag onto the canvas (or click to add in the middle of the view). */
export function Palette({ onAdd }: { onAdd(kind: PaletteKind): void }) {
  return (
    <div className="w-44 rounded-xl bg-white/95 p-2 shadow-lg ring-1 ring-slate-200 backdrop-blur" aria-label="Add nodes" role="group">
      <p className="px-1.5 pt-0.5 pb-1.5 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">Drag to add</p>
      <div className="space-y-1.5">
        {ITEMS.map(({ kind, hint }) => (
          <button
            key={kind}
            type="button"
            draggable
            data-testid={`palette-${kind}`}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_MIME, kind);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onClick={() => onAdd(kind)}
            className="group flex w-full cursor-grab items-start gap-2 rounded-lg p-2 text-left ring-1 ring-slate-200 transition hover:bg-slate-50 hover:ring-slate-300 active:cursor-grabbing"
          >
            <span className="mt-1 size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: KIND_STYLE[kind].bar }} aria-hidden />
            <span className="min-w-0">
              <span className={cn('block text-sm font-semibold text-slate-800')}>{KIND_STYLE[kind].label}</span>
              <span className="block text-[11px] leading-tight text-slate-500">{hint}</span>
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** The node kinds offered where a connection was dropped on empty canvas. */
export function QuickAddMenu({ at, onPick, onClose }: { at: { x: number; y: number }; onPick(kind: PaletteKind): void; onClose(): void }) {
  return (
    <div
      role="menu"
      aria-label="Add a node here"
      data-testid="quick-add"
      className="absolute z-20 w-48 rounded-xl bg-white p-1.5 shadow-xl ring-1 ring-slate-200"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p className="px-2 pt-1 pb-1.5 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">Connect to a new…</p>
      {ITEMS.map(({ kind, hint }, i) => (
        <button
          key={kind}
          type="button"
          role="menuitem"
          autoFocus={i === 0}
          onClick={() => onPick(kind)}
          className="flex w-full items-start gap-2 rounded-lg px-2 py-1.5 text-left hover:bg-slate-50 focus:bg-slate-50 focus:outline-none"
        >
          <span className="mt-1 size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: KIND_STYLE[kind].bar }} aria-hidden />
          <span>
            <span className="block text-sm font-medium text-slate-800">{KIND_STYLE[kind].label}</span>
            <span className="block text-[11px] leading-tight text-slate-500">{hint}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
