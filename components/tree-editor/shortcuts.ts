'use client';

import { useEffect, useRef } from 'react';
import { actionOf, type ShortcutAction } from '@/lib/tree-graph/shortcuts';

export { SHORTCUTS, type ShortcutAction } from '@/lib/tree-graph/shortcuts';

function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.closest) return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], dialog[open]');
}

/** Listens on the window; keys typed into a field or a dialog are left to it. */
export function useShortcuts(handle: (action: ShortcutAction) => void) {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionOf(e);
      if (!action || typingInto(e.target)) return;
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
