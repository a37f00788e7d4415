import { parentPort } from 'node:worker_threads';
import { type TreeDocument, compileTree } from '@/lib/segments';
import { compileEnv, externalIdColumn } from '../compile/env';
import type { Column } from '../storage/column';
import type { IndexData } from '../storage/index-data';
import { type ColumnWire, type IndexWire, columnFromWire, indexFromWire } from '../storage/wire';
import { type CountRange, countRange } from './count-bits';
import { countPlan } from './count-plan';

// A counting thread: holds the indexes it was sent (their arrays shared with the main
// thread) and counts a word range of a tree when asked. The tree arrives as its document
// and is compiled here: conditions are data, so nothing but data crosses the thread.
export type WorkerRequest =
  | { kind: 'index'; indexId: number; data: IndexWire }
  | { kind: 'property'; indexId: number; event: string; key: string; column: ColumnWire }
  | { kind: 'drop'; indexId: number }
  | {
      kind: 'count';
      requestId: number;
      indexId: number;
      tree: TreeDocument;
      asOf: number;
      members?: Record<string, readonly number[]>;
      root: Int32Array;
      w0: number;
      w1: number;
    };

export type WorkerReply =
  | { requestId: number; nodes: Float64Array; stopped: [string, number][] }
  | { requestId: number; error: string }
  /** Sent once when the thread has loaded (requestId 0). */
  | { requestId: 0; ready: true };

const indexes = new Map<number, { data: IndexData; externalIds?: Column }>();

function count(request: Extract<WorkerRequest, { kind: 'count' }>): CountRange {
  const held = indexes.get(request.indexId);
  if (!held) throw new Error(`index ${request.indexId} was not sent to this thread`);
  const { data } = held;
  const env = compileEnv(data, { asOf: request.asOf }, {
    members: request.members,
    property: (timeline, key) => {
      const column = timeline.properties.get(key);
      if (!column) throw new Error(`property column ${timeline.name}.${key} was not sent to this thread`);
      return column;
    },
    externalIdColumn: () => (held.externalIds ??= externalIdColumn(data)),
  });
  // The root set (consent applied) comes from the main thread; totals are counted there.
  return countRange(countPlan(compileTree(request.tree), env), { bits: request.root, total: 0, excluded: 0 }, request.w0, request.w1);
}

parentPort?.on('message', (request: WorkerRequest) => {
  switch (request.kind) {
    case 'index':
      indexes.set(request.indexId, { data: indexFromWire(request.data) });
      return;
    case 'property':
      indexes.get(request.indexId)?.data.timelines.get(request.event)?.properties.set(request.key, columnFromWire(request.column) as Column);
      return;
    case 'drop':
      indexes.delete(request.indexId);
      return;
    case 'count':
      try {
        const range = count(request);
        parentPort!.postMessage({ requestId: request.requestId, nodes: range.nodes, stopped: [...range.stopped] } satisfies WorkerReply);
      } catch (error) {
        parentPort!.postMessage({ requestId: request.requestId, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
      }
  }
});
parentPort?.postMessage({ requestId: 0, ready: true } satisfies WorkerReply);
