'use client';

import { Dialog } from '@/components/ui/dialog';
import { SHORTCUTS } from './shortcuts';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="flex items-center gap-1">
      {keys.map((k) => (
        <kbd key={k} className="min-w-6 rounded-md bg-slate-100 px-1.5 py-0.5 text-center font-mono text-xs text-slate-700 shadow-[inset_0_-1px_0_rgb(0_0_0/0.12)] ring-1 ring-slate-200">
          {k}
        </kbd>
      ))}
    </span>
  );
}

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" description="Ctrl means ⌘ on a Mac. Shortcuts pause while you type in a field.">
      <dl className="divide-y divide-slate-100" data-testid="shortcuts-help">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="flex items-center justify-between gap-4 py-2 text-sm">
            <dt className="text-slate-700">{s.label}</dt>
            <dd className="flex items-center gap-2 text-xs text-slate-400">
              <Keys keys={s.keys} />
              {'alt' in s && (
                <>
                  or <Keys keys={s.alt} />
                </>
              )}
            </dd>
          </div>
        ))}
        <div className="flex items-center justify-between gap-4 py-2 text-sm">
          <dt className="text-slate-700">Select several / box-select</dt>
          <dd className="flex items-center gap-2 text-xs text-slate-400">
            <Keys keys={['Ctrl', 'click']} /> / <Keys keys={['Shift', 'drag']} />
          </dd>
        </div>
      </dl>
    </Dialog>
  );
}
