// Undo/redo as a pure value: past snapshots, the present, and undone futures. Documents are
// immutable, so a snapshot is just a reference. Typing in one field produces many edits in a
// row; those that share a `group` and arrive within COALESCE_MS of each other become one
// undo step, as in a design tool (one Ctrl+Z undoes the whole word, not one letter).

export const HISTORY_LIMIT = 100;
const COALESCE_MS = 1000;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The group and time of the last recorded edit, for coalescing. */
  last?: { group: string; at: number };
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

interface RecordOptions {
  /** Edits of the same group within COALESCE_MS merge into one undo step. */
  group?: string;
  now?: number;
}

/** A new present that can be undone. Recording the same value is a no-op. */
export function record<T>(h: History<T>, next: T, options: RecordOptions = {}): History<T> {
  if (next === h.present) return h;
  const now = options.now ?? Date.now();
  const merge = options.group !== undefined && h.last?.group === options.group && now - h.last.at <= COALESCE_MS;
  const last = options.group === undefined ? undefined : { group: options.group, at: now };
  if (merge) return { ...h, present: next, future: [], last };
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [], last };
}

/** Changes the present without an undo step (e.g. while a drag is in progress). */
export function replace<T>(h: History<T>, next: T): History<T> {
  return next === h.present ? h : { ...h, present: next };
}

/**
 * Ends a transient change that began at `origin` (a drag): one undo step back to the origin,
 * or nothing when the present is still the origin (a click without movement).
 */
export function commit<T>(h: History<T>, origin: T): History<T> {
  if (origin === h.present) return h;
  return { past: [...h.past, origin].slice(-HISTORY_LIMIT), present: h.present, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
