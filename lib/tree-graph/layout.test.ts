import { describe, expect, it } from 'vitest';
import { layoutTree } from './layout';
import { sampleTree } from './sample-tree.fixture';

describe('layoutTree', () => {
  it('puts levels top to bottom, children in branch order, and keeps the root in place', () => {
    const doc = sampleTree();
    doc.nodes[0] = { ...doc.nodes[0], position: { x: 500, y: 20 } };
    const at = layoutTree(doc);
    expect(at.get('root')).toEqual({ x: 500, y: 20 });
    expect(at.get('age')!.y).toBeGreaterThan(at.get('root')!.y);
    expect(at.get('vip')!.y).toBe(at.get('plan')!.y);
    expect(at.get('vip')!.x).toBeLessThan(at.get('plan')!.x); // yes left of no
    expect(at.get('pros')!.y).toBeGreaterThan(at.get('plan')!.y);
  });

  it('keeps branch order even when edges were drawn in reverse', () => {
    const doc = sampleTree();
    doc.edges.reverse();
    // Swap the branches: now 'plan' is on yes (left) and 'vip' on no (right).
    doc.edges = doc.edges.map((e) => (e.source === 'age' ? { ...e, branch: e.branch === 'yes' ? 'no' : 'yes' } : e));
    const at = layoutTree(doc);
    expect(at.get('plan')!.x).toBeLessThan(at.get('vip')!.x);
  });

  it('lays out nodes that are not connected without overlapping the tree', () => {
    const doc = sampleTree();
    doc.nodes.push({ id: 'loose', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'l', name: 'L', color: '#000000' } });
    const at = layoutTree(doc, new Map([['loose', { width: 100, height: 50 }]]));
    const positions = [...at.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(positions).size).toBe(positions.length);
  });
});
