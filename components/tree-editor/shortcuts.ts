'use client';

import { useEffect, useRef } from 'react';

// The editor's keyboard shortcuts: one table drives both the handler and the help overlay.
export const SHORTCUTS = [
  { keys: ['Delete'], alt: ['Backspace'], action: 'delete', label: 'Delete the selection' },
  { keys: ['Ctrl', 'Z'], action: 'undo', label: 'Undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], alt: ['Ctrl', 'Y'], action: 'redo', label: 'Redo' },
  { keys: ['Ctrl', 'C'], action: 'copy', label: 'Copy the selected nodes' },
  { keys: ['Ctrl', 'V'], action: 'paste', label: 'Paste' },
  { keys: ['Ctrl', 'D'], action: 'duplicate', label: 'Duplicate the selection' },
  { keys: ['Ctrl', 'A'], action: 'selectAll', label: 'Select everything' },
  { keys: ['Esc'], action: 'deselect', label: 'Clear the selection, close panels' },
  { keys: ['F'], action: 'fit', label: 'Fit the tree in view' },
  { keys: ['L'], action: 'layout', label: 'Tidy up (auto-layout)' },
  { keys: ['?'], action: 'help', label: 'Show these shortcuts' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** The action a key press means, or undefined; Ctrl stands for Cmd on a Mac. */
export function actionOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutAction | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return undefined;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'c') return 'copy';
    if (key === 'v') return 'paste';
    if (key === 'd') return 'duplicate';
    if (key === 'a') return 'selectAll';
    return undefined;
  }
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'Escape') return 'deselect';
  if (key === '?') return 'help';
  if (e.shiftKey) return undefined;
  if (key === 'f') return 'fit';
  if (key === 'l') return 'layout';
  return undefined;
}

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
