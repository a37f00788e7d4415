'use client';

import type { Connection, FinalConnectionState } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { branchTaken, checkConnection } from '@/lib/tree-graph/connections';
import { connect } from '@/lib/tree-graph/edit';
import type { FlowEdge } from './nodes/node-types';
import type { ToastTone } from './toasts';
import type { TreeHistory } from './use-tree-history';

interface QuickAdd {
  source: string;
  branch: string;
  /** Where the connection was dropped, in client coordinates. */
  x: number;
  y: number;
}

function nodeIdAt(x: number, y: number): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = (el as HTMLElement).closest?.('.react-flow__node');
    if (node) return node.getAttribute('data-id') ?? undefined;
  }
  return undefined;
}

/**
 * Connecting by dragging from a branch handle: React Flow asks `isValidConnection` while the
 * pointer moves (the target handle turns green or red), `onConnect` adds a valid connection,
 * and `onConnectEnd` handles every other drop — on a node's body it connects (or says why
 * not), on empty canvas it offers to create the next node there (`quickAdd`).
 */
export function useConnections(history: TreeHistory, toast: (message: string, tone?: ToastTone) => void) {
  const [quickAdd, setQuickAdd] = useState<QuickAdd | null>(null);
  const isValidConnection = useCallback(
    (c: Connection | FlowEdge) => checkConnection(history.current(), { source: c.source, branch: c.sourceHandle, target: c.target }).ok,
    [history],
  );
  const tryConnect = useCallback(
    (source: string, branch: string | null | undefined, target: string) => {
      const result = connect(history.current(), { source, branch, target });
      if ('reason' in result) toast(result.reason, 'error');
      else history.edit(() => result.doc);
    },
    [history, toast],
  );
  const onConnect = useCallback((c: Connection) => tryConnect(c.source, c.sourceHandle, c.target), [tryConnect]);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source' || !state.fromHandle.id) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const target = state.toNode?.id ?? nodeIdAt(point.clientX, point.clientY);
      if (target) {
        if (target !== state.fromNode.id) tryConnect(state.fromNode.id, state.fromHandle.id, target);
        return;
      }
      const taken = branchTaken(history.current(), state.fromNode.id, state.fromHandle.id);
      if (taken) toast(taken, 'error');
      else setQuickAdd({ source: state.fromNode.id, branch: state.fromHandle.id, x: point.clientX, y: point.clientY });
    },
    [tryConnect, toast, history],
  );
  return { isValidConnection, onConnect, onConnectEnd, quickAdd, closeQuickAdd: useCallback(() => setQuickAdd(null), []) };
}
