'use client';

import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { TreeDocument } from '@/lib/segments';
import { commit, createHistory, type History, record, redo, replace, undo } from '@/lib/tree-graph/history';

type Action =
  | { type: 'record'; doc: TreeDocument; group?: string }
  | { type: 'replace'; doc: TreeDocument }
  | { type: 'commit'; origin: TreeDocument }
  | { type: 'undo' }
  | { type: 'redo' };

function reducer(h: History<TreeDocument>, action: Action): History<TreeDocument> {
  switch (action.type) {
    case 'record':
      return record(h, action.doc, { group: action.group });
    case 'replace':
      return replace(h, action.doc);
    case 'commit':
      return commit(h, action.origin);
    case 'undo':
      return undo(h);
    case 'redo':
      return redo(h);
  }
}

export interface TreeHistory {
  doc: TreeDocument;
  canUndo: boolean;
  canRedo: boolean;
  /** Applies an edit to the latest document as one undo step (grouped edits coalesce). */
  edit(change: (doc: TreeDocument) => TreeDocument, group?: string): void;
  /** A transient change without an undo step (during a drag). */
  replace(change: (doc: TreeDocument) => TreeDocument): void;
  /** Starts a transient change; the returned function ends it as one undo step. */
  begin(): () => void;
  undo(): void;
  redo(): void;
  /** The latest document, for event handlers that must not re-subscribe on every edit. */
  current(): TreeDocument;
}

/** The editor's document with undo/redo (pure history in lib/tree-graph/history). */
export function useTreeHistory(initial: TreeDocument): TreeHistory {
  const [h, dispatch] = useReducer(reducer, initial, createHistory);
  const latest = useRef(h.present);
  latest.current = h.present;
  const edit = useCallback((change: (doc: TreeDocument) => TreeDocument, group?: string) => {
    const doc = change(latest.current);
    latest.current = doc;
    dispatch({ type: 'record', doc, group });
  }, []);
  const replaceDoc = useCallback((change: (doc: TreeDocument) => TreeDocument) => {
    const doc = change(latest.current);
    latest.current = doc;
    dispatch({ type: 'replace', doc });
  }, []);
  const begin = useCallback(() => {
    const origin = latest.current;
    return () => dispatch({ type: 'commit', origin });
  }, []);
  const current = useCallback(() => latest.current, []);
  const undoDoc = useCallback(() => dispatch({ type: 'undo' }), []);
  const redoDoc = useCallback(() => dispatch({ type: 'redo' }), []);
  return useMemo(
    () => ({
      doc: h.present,
      canUndo: h.past.length > 0,
      canRedo: h.future.length > 0,
      edit,
      replace: replaceDoc,
      begin,
      undo: undoDoc,
      redo: redoDoc,
      current,
    }),
    [h, edit, replaceDoc, begin, undoDoc, redoDoc, current],
  );
}
