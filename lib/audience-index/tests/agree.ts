import { expect } from 'vitest';
import { type EvaluationInput, type EvaluationOptions, compileTree, countTree } from '@/lib/segments';
import { AudienceIndex } from '../audience-index';
import { buildFromInputs } from '../build/from-inputs';

/** A tree with one split on `condition`, both branches left open. */
export function splitTree(condition: unknown) {
  return {
    version: 1,
    nodes: [
      { id: 'root', type: 'root', position: { x: 0, y: 0 } },
      { id: 's', type: 'split', position: { x: 0, y: 1 }, data: { condition } },
    ],
    edges: [{ source: 'root', target: 's', branch: 'all' }],
  };
}

/** Asserts the index and the reference agree on `condition`; returns how many said yes. */
export async function expectAgreement(condition: unknown, inputs: EvaluationInput[], options: EvaluationOptions): Promise<number> {
  const tree = compileTree(splitTree(condition));
  const expected = countTree(tree, inputs, options);
  expect(await new AudienceIndex(buildFromInputs(inputs)).countTree(tree, options)).toEqual(expected);
  return expected.unassignedAt.s?.yes ?? 0;
}

export const profileWith = (id: number, events: EvaluationInput['events'], traits: unknown = {}): EvaluationInput => ({
  profile: { id, externalId: `u${id}`, traits },
  events,
});
