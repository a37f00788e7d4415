'use client';

import '@xyflow/react/dist/style.css';
import '@/components/tree-editor/canvas.css';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type EdgeChange,
  type NodeChange,
  useReactFlow,
} from '@xyflow/react';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { EMPTY_SCHEMA, type TreeDetail } from '@/components/tree-editor/api';
import { useWorkspaceSchema } from '@/components/condition-editor';
import { EditorToolbar } from '@/components/tree-editor/editor-toolbar';
import { edgeTypes } from '@/components/tree-editor/flow-edge';
import { Inspector } from '@/components/tree-editor/inspector';
import { nodeTypes } from '@/components/tree-editor/nodes';
import { KIND_STYLE } from '@/components/tree-editor/nodes/kind-style';
import type { FlowEdge, FlowNode } from '@/components/tree-editor/nodes/node-types';
import { DRAG_MIME, Palette, QuickAddMenu } from '@/components/tree-editor/palette';
import { ShortcutsHelp } from '@/components/tree-editor/shortcuts-help';
import { EmptyCanvasHint, ViewOnlyNote } from '@/components/tree-editor/canvas-notes';
import { CountStatusPill, SaveStatusPill } from '@/components/tree-editor/status-pills';
import { Toasts, useToasts } from '@/components/tree-editor/toasts';
import { TreeName } from '@/components/tree-editor/tree-name';
import { useAutosave } from '@/components/tree-editor/use-autosave';
import { useConnections } from '@/components/tree-editor/use-connections';
import { useCanvasCommands } from '@/components/tree-editor/use-canvas-commands';
import { useLivePreview } from '@/components/tree-editor/use-live-preview';
import { useTreeHistory } from '@/components/tree-editor/use-tree-history';
import { type TreeDocument, validateTree } from '@/lib/segments';
import { canvasFigures } from '@/lib/tree-graph/counts';
import { moveNodes, type PaletteKind, type XY } from '@/lib/tree-graph/edit';
import { issuesByNode } from '@/lib/tree-graph/issues';
import type { Size } from '@/lib/tree-graph/layout';
import { toCanvasEdges, toCanvasNodes } from '@/lib/tree-graph/to-flow';

export interface EditorProps {
  tree: Pick<TreeDetail, 'id' | 'name' | 'status' | 'publishedVersion'> & { document: TreeDocument };
  /** The document to start from: the server's, or a newer one backed up in this browser. */
  initialDocument: TreeDocument;
  restoredFromBackup: boolean;
  canEdit: boolean;
  /** Shown once when the editor opens (e.g. after a version was restored into the draft). */
  notice?: string;
  /** A version became the server's draft: the loader restarts the editor from it. */
  onReload(next: { document: TreeDocument; publishedVersion: number | null }, notice: string): void;
}

export function TreeEditor(props: EditorProps) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  );
}

function Editor({ tree, initialDocument, restoredFromBackup, canEdit, notice, onReload }: EditorProps) {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const history = useTreeHistory(initialDocument);
  const { doc } = history;
  const [selectedNodes, setSelectedNodes] = useState<ReadonlySet<string>>(new Set());
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const [helpOpen, setHelpOpen] = useState(false);
  const { toasts, toast, dismiss } = useToasts();
  const [publishedVersion, setPublishedVersion] = useState(tree.publishedVersion);
  useEffect(() => {
    if (notice) toast(notice, 'success');
  }, [notice, toast]);
  const wrapper = useRef<HTMLDivElement>(null);
  const endDrag = useRef<(() => void) | null>(null);
  const schema = useWorkspaceSchema().data ?? EMPTY_SCHEMA;

  const preview = useLivePreview(tree.id, doc);
  const save = useAutosave(tree.id, doc, canEdit, tree.document);
  const validation = useMemo(() => validateTree(doc), [doc]);
  const issues = useMemo(() => {
    const fromServer = (preview.error?.issues ?? []).map((i) => ({ nodeId: i.nodeId, message: i.message }));
    const serverWarnings = preview.stale ? [] : (preview.counts?.warnings ?? []).map((w) => ({ nodeId: w.nodeId, message: w.message }));
    return issuesByNode([...validation.errors, ...fromServer], [...validation.warnings, ...serverWarnings]);
  }, [validation, preview.error, preview.counts, preview.stale]);
  const figures = useMemo(() => (preview.counts ? canvasFigures(doc, preview.counts) : undefined), [doc, preview.counts]);

  const canvasState = useMemo(
    () => ({
      selectedNodes,
      selectedEdges,
      figures,
      totals: preview.counts && { total: preview.counts.total, excludedNoConsent: preview.counts.excludedNoConsent },
      stale: preview.stale,
      issues,
      measured,
    }),
    [selectedNodes, selectedEdges, figures, preview.counts, preview.stale, issues, measured],
  );
  const nodes = useMemo(() => toCanvasNodes(doc, canvasState) as FlowNode[], [doc, canvasState]);
  const edges = useMemo(() => toCanvasEdges(doc, canvasState) as FlowEdge[], [doc, canvasState]);

  const select = useCallback((nodeIds: Iterable<string>, edgeIds: Iterable<string> = []) => {
    setSelectedNodes(new Set(nodeIds));
    setSelectedEdges(new Set(edgeIds));
  }, []);

  const commands = useCanvasCommands({ history, rf, selectedNodes, selectedEdges, select, measured, toast, canEdit, openHelp: () => setHelpOpen(true), closeHelp: () => setHelpOpen(false) });

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const positions = new Map<string, XY>();
      const sizes = new Map<string, Size>();
      const picked = new Map<string, boolean>();
      for (const c of changes) {
        if (c.type === 'position' && c.position) positions.set(c.id, c.position);
        else if (c.type === 'dimensions' && c.dimensions) sizes.set(c.id, c.dimensions);
        else if (c.type === 'select') picked.set(c.id, c.selected);
      }
      if (positions.size > 0 && canEdit) history.replace((d) => moveNodes(d, positions));
      if (sizes.size > 0) setMeasured((m) => new Map([...m, ...sizes]));
      if (picked.size > 0) setSelectedNodes((s) => applyPicks(s, picked));
    },
    [history, canEdit],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const picked = new Map<string, boolean>();
    for (const c of changes) if (c.type === 'select') picked.set(c.id, c.selected);
    if (picked.size > 0) setSelectedEdges((s) => applyPicks(s, picked));
  }, []);

  const startDrag = useCallback(() => {
    endDrag.current = history.begin();
  }, [history]);
  const stopDrag = useCallback(() => {
    endDrag.current?.();
    endDrag.current = null;
  }, []);

  const connections = useConnections(history, toast);

  const addAt = useCallback(
    (kind: PaletteKind, screen?: { x: number; y: number }, from?: { source: string; branch: string }) => {
      const rect = wrapper.current?.getBoundingClientRect();
      const point = screen ?? (rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 0, y: 0 });
      const at = rf.screenToFlowPosition(point);
      // The drop point becomes the middle of the node's header, where the user aimed.
      commands.addNode(kind, schema, { x: Math.round(at.x - 130), y: Math.round(at.y - (from ? 4 : 30)) }, from);
    },
    [rf, commands, schema],
  );
  const onDrop = useCallback(
    (e: React.DragEvent) => {
      const kind = e.dataTransfer.getData(DRAG_MIME) as PaletteKind;
      if (!kind || !canEdit) return;
      e.preventDefault();
      addAt(kind, { x: e.clientX, y: e.clientY });
    },
    [addAt, canEdit],
  );

  const selected = useMemo(() => doc.nodes.filter((n) => selectedNodes.has(n.id)), [doc, selectedNodes]);
  const { quickAdd } = connections;
  const onlyRoot = doc.nodes.length === 1 && doc.edges.length === 0;

  return (
    <div className="relative flex h-[85dvh] flex-col bg-slate-50 md:fixed md:inset-y-0 md:right-0 md:left-64 md:z-10 md:h-auto" data-testid="tree-editor">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2.5">
        <Link href="/trees" className="inline-flex items-center gap-1 rounded-md p-1 text-sm text-slate-500 hover:bg-slate-100 hover:text-slate-800" aria-label="Back to trees">
          <ArrowLeftIcon className="size-4" />
        </Link>
        <TreeName treeId={tree.id} initialName={tree.name} disabled={!canEdit} onError={(m) => toast(m, 'error')} />
        {publishedVersion ? <Badge tone="green">Published v{publishedVersion}</Badge> : <Badge>Draft</Badge>}
        {!canEdit && <Badge tone="blue" data-testid="read-only-badge">View only</Badge>}
        <CountStatusPill counting={preview.counting} stale={preview.stale} paused={validation.errors.length} error={preview.error?.message} tookMs={preview.counts?.tookMs} engine={preview.counts?.engine} />
        <div className="ml-auto flex items-center gap-3">
          {canEdit && <SaveStatusPill status={save.status} onRetry={() => void save.retry()} />}
          <EditorToolbar
            treeId={tree.id}
            doc={doc}
            canEdit={canEdit}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            run={commands.run}
            onRestored={(restored) => {
              // The server's draft is now the version: drop what is on screen (pending save,
              // local backup) and start over from it, with a fresh undo history.
              save.discard();
              onReload({ document: restored, publishedVersion }, 'Version restored into the draft.');
            }}
            onPublished={(v) => {
              setPublishedVersion(v.version);
              toast(`Published version ${v.version}.`, 'success');
            }}
            problems={validation.errors.length}
          />
        </div>
      </header>
      {restoredFromBackup && canEdit && (
        <div className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-xs text-amber-800" role="status">
          Restored changes from this browser that had not reached the server yet.
        </div>
      )}
      <div className="flex min-h-0 flex-1">
        <div
          ref={wrapper}
          className="relative min-w-0 flex-1"
          onDragOver={(e) => {
            if (!canEdit || !e.dataTransfer.types.includes(DRAG_MIME)) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
          }}
          onDrop={onDrop}
          data-testid="canvas"
        >
          <ReactFlow<FlowNode, FlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={connections.onConnect}
            onConnectEnd={connections.onConnectEnd}
            isValidConnection={connections.isValidConnection}
            onNodeDragStart={startDrag}
            onNodeDragStop={stopDrag}
            onSelectionDragStart={startDrag}
            onSelectionDragStop={stopDrag}
            onPaneClick={() => {
              select([]);
              connections.closeQuickAdd();
            }}
            nodesDraggable={canEdit}
            nodesConnectable={canEdit}
            elementsSelectable
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={['Meta', 'Control']}
            connectionRadius={36}
            connectionLineStyle={{ stroke: 'var(--color-brand-500)', strokeWidth: 2 }}
            fitView
            fitViewOptions={{ padding: 0.25, maxZoom: 1 }}
            minZoom={0.15}
            maxZoom={2}
            snapToGrid
            snapGrid={[8, 8]}
          >
            <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
            <Controls showInteractive={false} position="bottom-left" />
            <MiniMap<FlowNode>
              position="bottom-right"
              pannable
              zoomable
              nodeColor={minimapColor}
              nodeBorderRadius={6}
              className="!rounded-lg !shadow-md ring-1 ring-slate-200"
              ariaLabel="Minimap"
            />
          </ReactFlow>
          {canEdit && (
            <div className="absolute top-3 left-3 z-10">
              <Palette onAdd={(kind) => addAt(kind)} />
            </div>
          )}
          {onlyRoot && canEdit && <EmptyCanvasHint />}
          {quickAdd && (
            <QuickAddMenu
              at={{ x: quickAdd.x - (wrapper.current?.getBoundingClientRect().left ?? 0), y: quickAdd.y - (wrapper.current?.getBoundingClientRect().top ?? 0) }}
              onPick={(kind) => {
                addAt(kind, { x: quickAdd.x, y: quickAdd.y }, { source: quickAdd.source, branch: quickAdd.branch });
                connections.closeQuickAdd();
              }}
              onClose={connections.closeQuickAdd}
            />
          )}
          <Toasts toasts={toasts} dismiss={dismiss} />
        </div>
        <Inspector
          treeId={tree.id}
          doc={doc}
          selected={selected}
          counts={preview.counts}
          issues={issues}
          schema={schema}
          edit={history.edit}
          readOnly={!canEdit}
          onSelect={(id) => select([id])}
          onDeleteSelection={() => commands.run('delete')}
        />
      </div>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      {!canEdit && <ViewOnlyNote />}
    </div>
  );
}

function minimapColor(n: FlowNode): string {
  const tree = n.data.tree;
  return tree.type === 'segment' ? tree.data.color : KIND_STYLE[tree.type].bar;
}

function applyPicks(current: ReadonlySet<string>, picked: ReadonlyMap<string, boolean>): ReadonlySet<string> {
  const next = new Set(current);
  for (const [id, on] of picked) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}


