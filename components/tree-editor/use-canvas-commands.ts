'use client';

import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { copyFragment, type Fragment, isFragment, pasteFragment } from '@/lib/tree-graph/clipboard';
import { addNodes, connect, moveNodes, newNode, type PaletteKind, removeElements, type XY } from '@/lib/tree-graph/edit';
import { layoutTree, type Size } from '@/lib/tree-graph/layout';
import type { SchemaResponse } from './api';
import { defaultCondition } from '@/components/condition-editor';
import type { FlowEdge, FlowNode } from './nodes/node-types';
import { type ShortcutAction, useShortcuts } from './shortcuts';
import type { ToastTone } from './toasts';
import type { TreeHistory } from './use-tree-history';

// Copied fragments live in sessionStorage as well, so copy in one tree and paste in another
// works within the tab (the system clipboard needs a permission prompt for reading).
const CLIPBOARD_KEY = 'audience-studio:tree-clipboard';

function readClipboard(): Fragment | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(CLIPBOARD_KEY) ?? 'null');
    return isFragment(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

interface Options {
  history: TreeHistory;
  rf: ReactFlowInstance<FlowNode, FlowEdge>;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  select(nodes: Iterable<string>, edges?: Iterable<string>): void;
  measured: ReadonlyMap<string, Size>;
  toast(message: string, tone?: ToastTone): void;
  canEdit: boolean;
  openHelp(): void;
  closeHelp(): void;
}

/** Everything the toolbar buttons and keyboard shortcuts do, in one place. */
export function useCanvasCommands(o: Options) {
  const latest = useRef(o);
  latest.current = o;
  const pastes = useRef(0);

  const fitSoon = useCallback(() => {
    // After the document change has rendered, so the new positions are the ones fitted.
    requestAnimationFrame(() => requestAnimationFrame(() => void latest.current.rf.fitView({ padding: 0.25, maxZoom: 1, duration: 300 })));
  }, []);

  const paste = useCallback((fragment: Fragment) => {
    const { history, select } = latest.current;
    pastes.current += 1;
    const minX = Math.min(...fragment.nodes.map((n) => n.position.x));
    const minY = Math.min(...fragment.nodes.map((n) => n.position.y));
    const at = { x: minX + 40 * pastes.current, y: minY + 40 * pastes.current };
    let pasted: string[] = [];
    history.edit((doc) => {
      const result = pasteFragment(doc, fragment, at);
      pasted = result.pasted;
      return result.doc;
    });
    select(pasted);
  }, []);

  const run = useCallback(
    (action: ShortcutAction) => {
      const { history, rf, selectedNodes, selectedEdges, select, measured, toast, canEdit, openHelp, closeHelp } = latest.current;
      const doc = history.current();
      const edits = canEdit;
      switch (action) {
        case 'undo':
          if (edits) history.undo();
          return;
        case 'redo':
          if (edits) history.redo();
          return;
        case 'delete': {
          if (!edits || (selectedNodes.size === 0 && selectedEdges.size === 0)) return;
          const { doc: next, keptRoot } = removeElements(doc, { nodes: selectedNodes, edges: selectedEdges });
          if (next !== doc) history.edit(() => next);
          if (keptRoot) toast('The root stays: every tree starts there.');
          select([]);
          return;
        }
        case 'copy': {
          const fragment = copyFragment(doc, selectedNodes);
          if (!fragment) return toast('Select the nodes to copy first (the root cannot be copied).');
          try {
            sessionStorage.setItem(CLIPBOARD_KEY, JSON.stringify(fragment));
          } catch {
            // sessionStorage unavailable: the paste below still works in this tree.
          }
          pastes.current = 0;
          toast(`Copied ${fragment.nodes.length} node${fragment.nodes.length === 1 ? '' : 's'}.`);
          return;
        }
        case 'paste': {
          if (!edits) return;
          const fragment = readClipboard();
          if (!fragment) return toast('Nothing copied yet: select nodes and press Ctrl+C.');
          paste(fragment);
          return;
        }
        case 'duplicate': {
          const fragment = edits ? copyFragment(doc, selectedNodes) : undefined;
          if (!fragment) return;
          pastes.current = 0;
          paste(fragment);
          return;
        }
        case 'selectAll':
          select(
            doc.nodes.map((n) => n.id),
            rf.getEdges().map((e) => e.id),
          );
          return;
        case 'deselect':
          select([]);
          closeHelp();
          return;
        case 'fit':
          void rf.fitView({ padding: 0.25, maxZoom: 1, duration: 300 });
          return;
        case 'layout':
          if (!edits) return;
          history.edit((d) => moveNodes(d, layoutTree(d, measured)));
          fitSoon();
          return;
        case 'help':
          openHelp();
          return;
      }
    },
    [fitSoon, paste],
  );

  useShortcuts(run);

  /** A new node, connected from `from` when given (a connection dropped on empty canvas): one undo step. */
  const addNode = useCallback((kind: PaletteKind, schema: SchemaResponse, position: XY, from?: { source: string; branch: string }) => {
    const { history, select } = latest.current;
    let id = '';
    history.edit((doc) => {
      const node = newNode(doc, kind, position, () => defaultCondition(schema));
      id = node.id;
      const added = addNodes(doc, [node]);
      const linked = from ? connect(added, { ...from, target: node.id }) : undefined;
      return linked && 'doc' in linked ? linked.doc : added;
    });
    select([id]);
  }, []);

  return useMemo(() => ({ run, addNode }), [run, addNode]);
}
