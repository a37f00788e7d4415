import { describe, expect, it } from 'vitest';
import { compileTree } from '../evaluate/compile-tree';
import { evaluateTree } from '../evaluate/evaluate-tree';
import { MissingSegmentMembershipError } from '../evaluate/segment';
import { AS_OF, type CaseInput, ev, makeInput } from './helpers';
import { sampleTree, variant } from './tree-fixtures';

const tree = compileTree(sampleTree());
const evaluate = (input: CaseInput, requireOptIn = false) => evaluateTree(tree, makeInput(input), { asOf: AS_OF, requireOptIn });
const recentPurchase = [ev('purchase', '2024-06-01T00:00:00Z')];

describe('evaluateTree: the path is the why', () => {
  it('young mobile visitor', () => {
    expect(evaluate({ traits: { age: 30 }, context: { device: 'mobile' } })).toEqual({
      excludedNoConsent: false,
      segment: 'young-mobile',
      path: [
        { nodeId: 'root', kind: 'root', branch: 'all' },
        { nodeId: 'age', kind: 'split', outcome: true, branch: 'yes' },
        { nodeId: 'device', kind: 'switch', branch: 'mobile', cases: [{ caseId: 'mobile', matched: true }] },
        { nodeId: 'seg-ym', kind: 'segment', segmentKey: 'young-mobile' },
      ],
    });
  });
  it('a case without a connection leaves the profile unassigned there', () => {
    const result = evaluate({ traits: { age: 30 }, context: { device: 'desktop' } });
    expect(result.segment).toBeNull();
    expect(result.stoppedUnassigned).toEqual({ nodeId: 'device', branch: 'desktop' });
    expect(result.path.at(-1)).toEqual({
      nodeId: 'device',
      kind: 'switch',
      branch: 'desktop',
      cases: [
        { caseId: 'mobile', matched: false },
        { caseId: 'desktop', matched: true },
      ],
    });
  });
  it('no case matches: else', () => {
    const result = evaluate({ traits: { age: 30 }, context: { device: 'tablet' } });
    expect(result.segment).toBe('young-other');
    expect(result.path[2]).toMatchObject({ branch: 'else', cases: [{ matched: false }, { matched: false }] });
  });
  it('missing age goes down the no branch', () => {
    expect(evaluate({ traits: {}, events: recentPurchase }).segment).toBe('buyers');
  });
  it('a split branch without a connection', () => {
    const result = evaluate({ traits: { age: 50 } });
    expect(result).toMatchObject({ segment: null, stoppedUnassigned: { nodeId: 'buyer', branch: 'no' } });
    expect(result.path.map((s) => s.nodeId)).toEqual(['root', 'age', 'buyer']);
  });
  it('the first matching case wins', () => {
    const doc = variant((d) => {
      const sw = d.nodes[2] as { data: { cases: { condition: unknown }[] } };
      sw.data.cases[1].condition = sw.data.cases[0].condition;
      d.nodes.push({ id: 's9', type: 'segment', position: { x: 0, y: 0 }, data: { key: 'k9', name: 'k9', color: '#000000' } });
      d.edges.push({ source: 'device', target: 's9', branch: 'desktop' });
    });
    const result = evaluateTree(doc, makeInput({ traits: { age: 30 }, context: { device: 'mobile' } }), { asOf: AS_OF });
    expect(result.segment).toBe('young-mobile');
    expect(result.path[2]).toMatchObject({ cases: [{ caseId: 'mobile', matched: true }] });
  });
  it('uses the request context over the stored one', () => {
    const input = { ...makeInput({ traits: { age: 30 }, context: { device: 'desktop' } }), requestContext: { device: 'mobile' } };
    expect(evaluateTree(tree, input, { asOf: AS_OF }).segment).toBe('young-mobile');
  });
  it('accepts an uncompiled document', () => {
    expect(evaluateTree(sampleTree(), makeInput({ traits: { age: 30 }, context: { device: 'mobile' } }), { asOf: AS_OF }).segment).toBe('young-mobile');
  });
});

describe('evaluateTree: consent', () => {
  const young = { traits: { age: 30 }, context: { device: 'mobile' } };
  const table: [string, unknown, boolean, boolean][] = [
    ['absent consent counts as granted', undefined, false, false],
    ['personalization false', { personalization: false }, false, true],
    ['other consents do not matter', { marketing: false, analytics: false }, false, false],
    ['"false" as text is not a refusal', { personalization: 'false' }, false, false],
    ['opt-in: absent', undefined, true, true],
    ['opt-in: {}', {}, true, true],
    ['opt-in: true', { personalization: true }, true, false],
    ['opt-in: "true" as text', { personalization: 'true' }, true, true],
    ['opt-in: false', { personalization: false }, true, true],
    ['opt-in: consent that is not an object', 'yes', true, true],
  ];
  it.each(table)('%s', (_name, consent, requireOptIn, excluded) => {
    const result = evaluate({ ...young, consent }, requireOptIn);
    expect(result.excludedNoConsent).toBe(excluded);
    if (excluded) expect(result).toEqual({ excludedNoConsent: true, segment: null, path: [] });
    else expect(result.segment).toBe('young-mobile');
  });
});

describe('evaluateTree: segment references', () => {
  const doc = variant((d) => {
    (d.nodes[1] as { data: { condition: unknown } }).data.condition = { type: 'segment', operator: 'not_in', segment: 'churned' };
  });
  const compiled = compileTree(doc);
  it('asks the lookup', () => {
    const options = { asOf: AS_OF, segmentMembership: () => false };
    const result = evaluateTree(compiled, makeInput({ context: { device: 'mobile' } }), options);
    expect(result.segment).toBe('young-mobile');
  });
  it('throws without a lookup, even for a profile without consent', () => {
    const input = makeInput({ consent: { personalization: false } });
    expect(() => evaluateTree(compiled, input, { asOf: AS_OF })).toThrow(MissingSegmentMembershipError);
  });
});
