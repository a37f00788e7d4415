// The editor's keyboard shortcuts: one table drives both the key handler and the help
// overlay, and actionOf maps a key press to an action (pure, so it is tested as a table).
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
