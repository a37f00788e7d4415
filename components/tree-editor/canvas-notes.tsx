// Notes laid over the canvas: the first-steps hint on an empty tree, and the viewer's note.

export function EmptyCanvasHint() {
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-24 z-10 flex justify-center" data-testid="empty-hint">
      <div className="max-w-sm rounded-xl bg-white/95 px-5 py-4 text-center shadow-lg ring-1 ring-slate-200">
        <p className="text-sm font-semibold text-slate-900">Start your tree</p>
        <p className="mt-1 text-sm text-slate-600">
          Drag a <b>Split</b> from the palette, then drag from the root’s <b>Everyone</b> handle onto it. End each branch in a <b>Segment</b>.
        </p>
        <p className="mt-2 text-xs text-slate-400">Press ? for keyboard shortcuts</p>
      </div>
    </div>
  );
}

export function ViewOnlyNote() {
  return (
    <div className="pointer-events-none absolute bottom-4 left-1/2 z-10 -translate-x-1/2">
      <span className="rounded-full bg-slate-900/80 px-3 py-1 text-xs text-white">View only: ask an owner for editor access to change this tree</span>
    </div>
  );
}
