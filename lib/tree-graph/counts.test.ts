import { describe, expect, it } from 'vitest';
import { canvasFigures, edgeWidth, formatCompact, formatShare } from './counts';
import { sampleTree } from './sample-tree.fixture';

describe('canvas figures', () => {
  const counts = {
    total: 1000,
    excludedNoConsent: 200,
    nodes: { root: 800, age: 800, vip: 600, plan: 200, pros: 50 },
    segments: { vip: 600, pros: 50 },
    unassigned: 150,
    unassignedAt: { plan: { free: 100, else: 50 } },
  };

  it('gives each node its count, share of parent and of all profiles; edges carry their target', () => {
    const { nodes, edges } = canvasFigures(sampleTree(), counts);
    expect(nodes.get('root')).toMatchObject({ count: 800, shareOfParent: 0.8 });
    expect(nodes.get('vip')).toMatchObject({ count: 600, shareOfParent: 0.75, shareOfTotal: 0.6 });
    expect(nodes.get('pros')).toMatchObject({ count: 50, shareOfParent: 0.25, shareOfTotal: 0.05 });
    expect(nodes.get('plan')!.unassigned).toEqual({ free: 100, else: 50 });
    expect(edges.get('age:no')).toEqual({ flow: 200, shareOfRoot: 0.25, shareOfSource: 0.25 });
    expect(edges.get('root:all')!.shareOfRoot).toBe(1);
  });

  it('handles a parent with no profiles', () => {
    const empty = { ...counts, nodes: { root: 0, age: 0, vip: 0, plan: 0, pros: 0 } };
    expect(canvasFigures(sampleTree(), empty).nodes.get('vip')!.shareOfParent).toBeUndefined();
  });

  it.each([
    [0.5, '50%'],
    [0.0123, '1.2%'],
    [0.05, '5%'],
    [0.0004, '<0.1%'],
    [0, '0%'],
    [undefined, '–'],
  ])('formatShare(%s) = %s', (share, text) => expect(formatShare(share)).toBe(text));

  it.each([
    [950, '950'],
    [1500, '1.5k'],
    [48_300, '48k'],
    [1_200_000, '1.2M'],
    [12_000_000, '12M'],
  ])('formatCompact(%s) = %s', (n, text) => expect(formatCompact(n)).toBe(text));

  it('edge width grows with the flow and stays within bounds', () => {
    expect(edgeWidth(0)).toBe(1.5);
    expect(edgeWidth(1)).toBe(10);
    expect(edgeWidth(0.25)).toBeGreaterThan(edgeWidth(0.1));
    expect(edgeWidth(7)).toBe(10);
  });
});
