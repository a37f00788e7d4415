import { describe, expect, it } from 'vitest';
import { canvasFigures } from './counts';
import { issuesByNode } from './issues';
import { sampleTree } from './sample-tree.fixture';
import { countingKey } from './semantic-key';
import { toCanvasEdges, toCanvasNodes, type CanvasState } from './to-flow';

const state = (over: Partial<CanvasState> = {}): CanvasState => ({
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  stale: false,
  issues: new Map(),
  measured: new Map(),
  ...over,
});

describe('document → canvas', () => {
  it('maps nodes one to one with selection, figures, issues and measured size; the root is not deletable', () => {
    const doc = sampleTree();
    const counts = { total: 10, excludedNoConsent: 0, nodes: { root: 10, age: 10, vip: 6, plan: 4, pros: 1 }, segments: {}, unassigned: 3, unassignedAt: {} };
    const nodes = toCanvasNodes(doc, state({
      selectedNodes: new Set(['vip']),
      figures: canvasFigures(doc, counts),
      totals: { total: 10, excludedNoConsent: 0 },
      issues: issuesByNode([{ nodeId: 'plan', message: 'broken' }], [{ nodeId: 'plan', message: 'open' }, { message: 'tree-wide' }]),
      measured: new Map([['age', { width: 240, height: 90 }]]),
    }));
    expect(nodes.map((n) => [n.id, n.type, n.selected, n.deletable])).toEqual([
      ['root', 'root', false, false],
      ['age', 'split', false, true],
      ['vip', 'segment', true, true],
      ['plan', 'switch', false, true],
      ['pros', 'segment', false, true],
    ]);
    expect(nodes[0].data.totals).toEqual({ total: 10, excludedNoConsent: 0 });
    expect(nodes[1].measured).toEqual({ width: 240, height: 90 });
    expect(nodes[2].data.figures?.count).toBe(6);
    expect(nodes[3].data.issues).toEqual([{ message: 'broken', severity: 'error' }, { message: 'open', severity: 'warning' }]);
    expect(nodes[3].data.tree).toBe(doc.nodes[3]);
  });

  it('maps edges to branch handles with the branch label', () => {
    const edges = toCanvasEdges(sampleTree(), state({ selectedEdges: new Set(['plan:pro']) }));
    expect(edges.map((e) => [e.id, e.sourceHandle, e.targetHandle, e.data.label, e.selected])).toEqual([
      ['root:all', 'all', 'in', 'Everyone', false],
      ['age:yes', 'yes', 'in', 'Yes', false],
      ['age:no', 'no', 'in', 'No', false],
      ['plan:pro', 'pro', 'in', 'Pro', true],
    ]);
  });
});

describe('countingKey', () => {
  it('ignores positions and labels, not conditions, keys or connections', () => {
    const doc = sampleTree();
    const key = countingKey(doc);
    const moved = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { x: 9, y: 9 } })) };
    const relabelled = { ...doc, nodes: doc.nodes.map((n) => (n.type === 'split' ? { ...n, data: { ...n.data, label: 'x' } } : n)) };
    expect(countingKey(moved)).toBe(key);
    expect(countingKey(relabelled)).toBe(key);
    const recondition = { ...doc, nodes: doc.nodes.map((n) => (n.type === 'split' ? { ...n, data: { ...n.data, condition: { ...n.data.condition, value: 1 } } } : n)) } as typeof doc;
    expect(countingKey(recondition)).not.toBe(key);
    expect(countingKey({ ...doc, edges: doc.edges.slice(1) })).not.toBe(key);
  });
});
