import { describe, expect, it } from 'vitest';
import { validateTree } from '@/lib/segments';
import { addCase, addNodes, branchLabels, edgeId, moveCase, moveNodes, newNode, removeCase, removeElements, updateCase } from './edit';
import { cond, sampleTree } from './sample-tree.fixture';

describe('edits', () => {
  it('removes nodes with their connections, keeps their children, never the root', () => {
    const { doc, keptRoot } = removeElements(sampleTree(), { nodes: ['root', 'age'] });
    expect(keptRoot).toBe(true);
    expect(doc.nodes.map((n) => n.id)).toEqual(['root', 'vip', 'plan', 'pros']);
    expect(doc.edges).toEqual([{ source: 'plan', target: 'pros', branch: 'pro' }]);
    expect(validateTree(doc).errors).toEqual([]);
  });

  it('removes connections by their canvas id', () => {
    const tree = sampleTree();
    const { doc } = removeElements(tree, { edges: [edgeId(tree.edges[1])] });
    expect(doc.edges.map(edgeId)).toEqual(['root:all', 'age:no', 'plan:pro']);
    expect(removeElements(tree, {}).doc).toBe(tree);
  });

  it('new nodes get unused ids, keys and names, and are valid', () => {
    let doc = sampleTree();
    for (const kind of ['split', 'switch', 'segment', 'segment'] as const) {
      doc = addNodes(doc, [newNode(doc, kind, { x: 1, y: 2 }, () => cond(30))]);
    }
    const added = doc.nodes.slice(-4);
    expect(added.map((n) => n.type)).toEqual(['split', 'switch', 'segment', 'segment']);
    expect(added.map((n) => (n.type === 'segment' ? n.data.key : null))).toEqual([null, null, 'segment-3', 'segment-4']);
    expect(validateTree(doc).errors).toEqual([]);
  });

  it('edits switch cases: add, rename, reorder, remove (with its connection)', () => {
    let doc = addCase(sampleTree(), 'plan', cond(65));
    doc = updateCase(doc, 'plan', 'case-3', { label: 'Seniors' });
    doc = moveCase(doc, 'plan', 'case-3', -1);
    const plan = doc.nodes.find((n) => n.id === 'plan')!;
    expect(branchLabels(plan).map((b) => b.label)).toEqual(['Pro', 'Seniors', 'Free', 'Else']);
    expect(moveCase(doc, 'plan', 'pro', -1)).toEqual(doc);
    doc = removeCase(doc, 'plan', 'pro');
    expect(doc.edges.some((e) => e.source === 'plan')).toBe(false);
    expect(validateTree(doc).errors).toEqual([]);
  });

  it('moves only nodes whose position changed', () => {
    const tree = sampleTree();
    const moved = moveNodes(tree, new Map([['vip', { x: 5, y: 6 }], ['root', { x: 0, y: 0 }]]));
    expect(moved.nodes[2].position).toEqual({ x: 5, y: 6 });
    expect(moved.nodes[0]).toBe(tree.nodes[0]);
  });
});
