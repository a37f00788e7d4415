import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationOptions, type TreeDocument, compileTree, countTree, evaluateTree, validateTree } from '@/lib/segments';
import { AS_OF } from '@/lib/segments/tests/helpers';
import { randomInputs, randomTree } from '@/lib/segments/tests/random-trees';
import { CompositeTooLargeError, buildComposites } from '../composite-tree';
import { movementMatrix } from '../movement-matrix';

// The composite tree against its definition: for every profile, evaluate the published tree
// and the draft separately and count the (before, after) pair.

const options: EvaluationOptions = {
  asOf: AS_OF,
  // `segment` conditions read another tree's members: here, profiles with an even id.
  segmentMembership: (_ref, profile) => Number(profile.id) % 2 === 0,
};

function valid(doc: unknown): TreeDocument {
  const { tree, errors } = validateTree(doc);
  if (!tree) throw new Error(errors.map((e) => e.message).join(' '));
  return tree;
}

function reference(published: TreeDocument, draft: TreeDocument, inputs: Parameters<typeof countTree>[1]) {
  const [p, d] = [compileTree(published), compileTree(draft)];
  const cells = new Map<string, number>();
  for (const input of inputs) {
    const before = evaluateTree(p, input, options);
    if (before.excludedNoConsent) continue;
    const after = evaluateTree(d, input, options);
    const key = `${before.segment}→${after.segment}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return cells;
}

function fromMatrix(published: TreeDocument, draft: TreeDocument, limits?: { nodes: number; edges: number }, inputs: Parameters<typeof countTree>[1] = []) {
  const composites = buildComposites(published, draft, limits);
  const counts = composites.map((c) => countTree(c.document, inputs, options));
  const matrix = movementMatrix(published, draft, composites, counts);
  const cells = new Map<string, number>();
  matrix.from.forEach((f, r) => matrix.to.forEach((t, c) => {
    if (matrix.counts[r][c] > 0) cells.set(`${f}→${t}`, matrix.counts[r][c]);
  }));
  return { cells, composites, matrix };
}

describe('movement matrix from composite trees', () => {
  it('equals evaluating both trees per profile, on random trees and data', () => {
    fc.assert(
      fc.property(randomTree, randomTree, randomInputs, (p, d, inputs) => {
        const [published, draft] = [valid(p), valid(d)];
        expect(fromMatrix(published, draft, undefined, inputs).cells).toEqual(reference(published, draft, inputs));
      }),
      { numRuns: 150 },
    );
  });

  it('splits into several composites when one would be too large, with the same answer', () => {
    fc.assert(
      fc.property(randomTree, randomTree, randomInputs, (p, d, inputs) => {
        const [published, draft] = [valid(p), valid(d)];
        const limits = { nodes: published.nodes.length + draft.nodes.length, edges: published.edges.length + draft.nodes.length };
        const { cells } = fromMatrix(published, draft, limits, inputs);
        expect(cells).toEqual(reference(published, draft, inputs));
      }),
      { numRuns: 100 },
    );
  });

  it('every composite is a valid tree, and refuses when even one graft cannot fit', () => {
    const published = valid(randomTreeSample());
    for (const composite of buildComposites(published, published)) expect(validateTree(composite.document).errors).toEqual([]);
    expect(() => buildComposites(published, published, { nodes: published.nodes.length, edges: 1000 })).toThrow(CompositeTooLargeError);
  });

  it('rows are the published keys, columns the draft keys, each with "unassigned" last', () => {
    const published = valid(randomTreeSample());
    const { matrix } = fromMatrix(published, published);
    const keys = published.nodes.flatMap((n) => (n.type === 'segment' ? [n.data.key] : []));
    expect(matrix.from).toEqual([...keys, null]);
    expect(matrix.to).toEqual([...keys, null]);
    expect(matrix.moved).toBe(0);
  });
});

function randomTreeSample() {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: { x: 0, y: 0 } },
      { id: 'split', type: 'split', position: { x: 0, y: 0 }, data: { condition: { type: 'attribute', field: 'traits.age', operator: 'gt', value: 30 } } },
      { id: 's1', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'older', name: 'Older', color: '#123456' } },
    ],
    edges: [
      { source: 'root', target: 'split', branch: 'all' },
      { source: 'split', target: 's1', branch: 'yes' },
    ],
  };
}
