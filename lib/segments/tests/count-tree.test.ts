import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTree, type TreeCounts } from '../count-tree';
import { compileTree } from '../evaluate/compile-tree';
import { evaluateTree } from '../evaluate/evaluate-tree';
import type { EvaluationInput } from '../evaluate/types';
import { AS_OF, ev, makeInput } from './helpers';
import { randomInputs, randomTree } from './random-trees';
import { sampleTree } from './tree-fixtures';

/** The invariants every counting engine must satisfy (and the reference defines). */
function checkInvariants(doc: { nodes: { id: string; type: string; data?: unknown }[]; edges: { source: string; target: string }[] }, counts: TreeCounts, inputs: number) {
  const root = doc.nodes.find((n) => n.type === 'root')!;
  expect(counts.total).toBe(inputs);
  expect(counts.nodes[root.id]).toBe(counts.total - counts.excludedNoConsent);
  for (const node of doc.nodes) {
    const children = doc.edges.filter((e) => e.source === node.id).reduce((sum, e) => sum + counts.nodes[e.target], 0);
    const stopped = Object.values(counts.unassignedAt[node.id] ?? {}).reduce((a, b) => a + b, 0);
    if (node.type !== 'segment') expect(counts.nodes[node.id]).toBe(children + stopped);
    else expect(counts.segments[(node.data as { key: string }).key]).toBe(counts.nodes[node.id]);
  }
  const assigned = Object.values(counts.segments).reduce((a, b) => a + b, 0);
  const unassigned = Object.values(counts.unassignedAt).flatMap(Object.values).reduce((a, b) => a + b, 0);
  expect(counts.unassigned).toBe(unassigned);
  expect(assigned + counts.unassigned).toBe(counts.total - counts.excludedNoConsent);
}

describe('countTree on the sample tree', () => {
  const profiles: EvaluationInput[] = [
    makeInput({ traits: { age: 30 }, context: { device: 'mobile' } }),
    makeInput({ traits: { age: 25 }, context: { device: 'mobile' } }),
    makeInput({ traits: { age: 34 }, context: { device: 'desktop' } }),
    makeInput({ traits: { age: 31 }, context: {} }),
    makeInput({ traits: { age: 60 }, events: [ev('purchase', '2024-06-01T00:00:00Z')] }),
    makeInput({ traits: { age: 60 }, events: [ev('purchase', '2024-04-01T00:00:00Z')] }),
    makeInput({ traits: { age: '30' }, context: { device: 'mobile' } }),
    makeInput({ traits: { age: 30 }, consent: { personalization: false } }),
    // Counting ignores any request context: only the stored last-seen one counts.
    { ...makeInput({ traits: { age: 30 }, context: { device: 'desktop' } }), requestContext: { device: 'mobile' } },
  ];
  const counts = countTree(sampleTree(), profiles, { asOf: AS_OF });

  it('counts every node, segment and open branch', () => {
    expect(counts).toEqual({
      total: 9,
      excludedNoConsent: 1,
      nodes: { root: 8, age: 8, device: 5, buyer: 3, 'seg-ym': 2, 'seg-yo': 1, 'seg-b': 1 },
      segments: { 'young-mobile': 2, 'young-other': 1, buyers: 1 },
      unassigned: 4,
      unassignedAt: { device: { desktop: 2 }, buyer: { no: 2 } },
    });
  });
  it('satisfies the invariants', () => checkInvariants(sampleTree(), counts, profiles.length));
  it('with opt-in required, absent consent is excluded', () => {
    expect(countTree(sampleTree(), profiles, { asOf: AS_OF, requireOptIn: true }).excludedNoConsent).toBe(9);
  });
  it('accepts any iterable, once', () => {
    function* gen() {
      yield* profiles;
    }
    expect(countTree(compileTree(sampleTree()), gen(), { asOf: AS_OF })).toEqual(counts);
  });
});

describe('countTree on random trees and profiles', () => {
  it('root = total − excluded; node = Σ branches + unassigned there; paths follow edges', () => {
    fc.assert(
      fc.property(randomTree, randomInputs, fc.boolean(), (doc, inputs, requireOptIn) => {
        const tree = compileTree(doc);
        const options = { asOf: AS_OF, requireOptIn, segmentMembership: (ref: { segmentKey: string }) => ref.segmentKey === 'vip' };
        const counts = countTree(tree, inputs, options);
        checkInvariants(doc, counts, inputs.length);
        for (const input of inputs) {
          const { path, segment, stoppedUnassigned, excludedNoConsent } = evaluateTree(tree, input, options);
          if (excludedNoConsent) continue;
          expect(path[0].nodeId).toBe(tree.rootId);
          for (let i = 1; i < path.length; i++) {
            const prev = path[i - 1] as { nodeId: string; branch: string };
            const edge = doc.edges.find((e) => e.source === prev.nodeId && e.branch === prev.branch);
            expect(edge?.target).toBe(path[i].nodeId);
          }
          expect(segment === null).toBe(stoppedUnassigned !== undefined);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
