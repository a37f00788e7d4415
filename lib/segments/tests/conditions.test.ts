import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, prepareCondition } from '../evaluate/evaluate-tree';
import { MissingSegmentMembershipError } from '../evaluate/segment';
import { attributeCases } from './attribute.cases';
import { contextCases, scoreCases, segmentAndGroupCases } from './context-score.cases';
import { eventCases } from './event.cases';
import { AS_OF, type ConditionCase, makeInput } from './helpers';

function run([, condition, input, , asOf]: ConditionCase): boolean {
  const memberOf = input.memberOf ?? [];
  return evaluateCondition(condition, makeInput(input), {
    asOf: asOf ?? AS_OF,
    segmentMembership: (ref) => memberOf.includes(ref.segmentKey),
  });
}

const tables: [string, ConditionCase[]][] = [
  ['attribute', attributeCases],
  ['event', eventCases],
  ['context', contextCases],
  ['score', scoreCases],
  ['segment and group', segmentAndGroupCases],
];

for (const [table, cases] of tables) {
  describe(`${table} conditions`, () => {
    it.each(cases)('%s', (...row) => {
      expect(run(row as ConditionCase)).toBe(row[3]);
    });
  });
}

describe('segment conditions', () => {
  it('throw without a membership lookup rather than guess', () => {
    const condition = { type: 'segment', operator: 'in', segment: 'vip' };
    expect(() => evaluateCondition(condition, makeInput({}), { asOf: AS_OF })).toThrow(MissingSegmentMembershipError);
  });
  it('pass the reference and the profile to the lookup', () => {
    const calls: unknown[] = [];
    const condition = { type: 'segment', operator: 'in', segment: 'vip', treeId: 't1' };
    evaluateCondition(condition, makeInput({ externalId: 'ann' }), {
      asOf: AS_OF,
      segmentMembership: (ref, profile) => (calls.push([ref, profile.externalId]), true),
    });
    expect(calls).toEqual([[{ segmentKey: 'vip', treeId: 't1' }, 'ann']]);
  });
});

describe('invalid conditions are refused before evaluation', () => {
  it('rejects an unsafe pattern even when called directly', () => {
    const condition = { type: 'attribute', field: 'traits.x', operator: 'matches', value: '(a+)+$' };
    expect(() => evaluateCondition(condition, makeInput({}), { asOf: AS_OF })).toThrow(/Repetition inside repetition/);
  });
  it('rejects a non-finite asOf', () => {
    const condition = { type: 'attribute', field: 'traits.x', operator: 'is_set' };
    expect(() => evaluateCondition(condition, makeInput({}), { asOf: NaN })).toThrow(/asOf/);
  });
});

// Complements: on a value of the operator's type exactly one of the pair holds; on anything
// else (missing, null, wrong type) neither does. This is the "no coercion, negatives are
// false on missing" rule, checked on arbitrary JSON.
describe('operator pairs on arbitrary values', () => {
  const json = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom('', 'a', 'A', 'ab', 'b', '1', 'İ', 'ß'),
    fc.array(fc.constantFrom('a', 1, true, null), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b'), fc.integer(), { maxKeys: 2 }),
  );
  const pairs: [string, unknown, (v: unknown) => boolean][] = [
    ['eq/neq', 'a', (v) => typeof v === 'string'],
    ['eq/neq', 1, (v) => typeof v === 'number'],
    ['in/not_in', ['a', 'b'], (v) => typeof v === 'string'],
    ['contains/not_contains', 'a', (v) => typeof v === 'string'],
    ['includes/not_includes', 'a', (v) => Array.isArray(v)],
    ['is_set/is_not_set', undefined, () => true],
    ['is_true/is_false', undefined, (v) => typeof v === 'boolean'],
  ];
  it.each(pairs)('%s with %j', (pair, operand, typed) => {
    const [yes, no] = pair.split('/');
    const make = (operator: string) =>
      prepareCondition(
        operand === undefined
          ? { type: 'attribute', field: 'traits.v', operator }
          : { type: 'attribute', field: 'traits.v', operator, value: operand },
      );
    const [p, q] = [make(yes), make(no)];
    fc.assert(
      fc.property(json, (v) => {
        const input = makeInput({ traits: v === undefined ? {} : { v } });
        const a = p(input, { asOf: AS_OF });
        const b = q(input, { asOf: AS_OF });
        const applies = v !== undefined && v !== null && typed(v);
        return pair === 'is_set/is_not_set' ? a !== b : applies ? a !== b : !a && !b;
      }),
    );
  });
});
